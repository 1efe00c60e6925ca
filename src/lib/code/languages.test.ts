import { expect, test } from 'vitest';
import { fenceLanguage, SAMPLE_LANGUAGES } from './languages';

test('fenceLanguage: the grammar and name of a fence, plain text for others', () => {
  expect(fenceLanguage('http')).toEqual({ grammar: 'http', label: 'HTTP' });
  expect(fenceLanguage('sh')).toEqual({ grammar: 'shellscript', label: 'Shell' });
  expect(fenceLanguage('JSON')).toEqual({ grammar: 'json', label: 'JSON' });
  expect(fenceLanguage('text')).toEqual({ grammar: 'text', label: undefined });
  expect(fenceLanguage(undefined)).toEqual({ grammar: 'text', label: undefined });
});

test('a request comes in HTTP first, then the six languages the issue names', () => {
  expect(SAMPLE_LANGUAGES.map((l) => l.label)).toEqual([
    'HTTP',
    'cURL',
    'JavaScript',
    'Python',
    'PHP',
    'Go',
    'Ruby',
  ]);
});
