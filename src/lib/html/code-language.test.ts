import { expect, test } from 'vitest';
import { codeLanguageName } from './code-language';

test('codeLanguageName: names the language of a fenced block', () => {
  expect(codeLanguageName('http')).toBe('HTTP');
  expect(codeLanguageName('sh')).toBe('Shell');
  expect(codeLanguageName('JSON')).toBe('JSON');
});

test('codeLanguageName: nothing for plain text, unknown languages or no language', () => {
  expect(codeLanguageName('text')).toBeUndefined();
  expect(codeLanguageName('cobol')).toBeUndefined();
  expect(codeLanguageName(undefined)).toBeUndefined();
});
