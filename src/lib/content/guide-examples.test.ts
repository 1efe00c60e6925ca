import { describe, expect, test } from 'vitest';
import { findExampleProblems } from './guide-examples';

const guide = (...lines: string[]) => lines.join('\n');

describe('findExampleProblems', () => {
  test('accepts code blocks inside labeled examples, and prose without any', () => {
    expect(
      findExampleProblems(
        guide(
          'Intro with `inline code`.',
          '',
          '<Example source="documented" title="Request">',
          '',
          '```http',
          'GET /v3/catalog/products?page=2 HTTP/1.1',
          '```',
          '',
          '</Example>',
          '',
          "<Example source='illustrative'>",
          '',
          '```sh',
          'curl "https://example.com"',
          '```',
          '',
          '```json',
          '{}',
          '```',
          '',
          '</Example>',
        ),
      ),
    ).toEqual([]);
  });

  test('names the line of a code block outside an example', () => {
    expect(findExampleProblems(guide('Text.', '', '```js', 'f();', '```'))).toEqual([
      { field: 'line 3', message: expect.stringContaining('outside <Example') },
    ]);
  });

  test('rejects an example without a source, or with another one', () => {
    expect(
      findExampleProblems(
        guide('<Example title="T">', '</Example>', '<Example source="made-up">', '</Example>'),
      ),
    ).toEqual([
      { field: '<Example> at line 1', message: expect.stringContaining('no source') },
      { field: '<Example> at line 3', message: 'source="made-up": say documented or illustrative' },
    ]);
  });

  test('reads a fence inside a fence as code, and a block after an example as outside it', () => {
    const body = guide(
      '<Example source="documented">',
      '',
      '````md',
      '```js',
      'x',
      '```',
      '````',
      '',
      '</Example>',
      '',
      '```text',
      'y',
      '```',
    );
    expect(findExampleProblems(body).map((p) => p.field)).toEqual(['line 11']);
  });
});

describe('findExampleProblems: what a block holds', () => {
  const inExample = (language: string, ...code: string[]) =>
    guide('<Example source="illustrative">', '', '```' + language, ...code, '```', '', '</Example>');

  test('names the JSON block that does not parse, by its line', () => {
    expect(findExampleProblems(inExample('json', '{"a": 1,}'))).toEqual([
      { field: 'the json block at line 3', message: expect.stringMatching(/^the JSON does not parse: /) },
    ]);
  });

  test('names an HTTP block with two requests, or a JSON body that does not parse', () => {
    expect(findExampleProblems(inExample('http', 'GET /a HTTP/1.1', 'GET /b HTTP/1.1'))).toEqual([
      { field: 'the http block at line 3', message: 'line 2: a second request; give each request a block of its own' },
    ]);
    expect(
      findExampleProblems(inExample('http', 'POST /a HTTP/1.1', 'Content-Type: application/json', '', '{')),
    ).toEqual([{ field: 'the http block at line 3', message: expect.stringMatching(/^the JSON body does not parse/) }]);
  });

  test('accepts one message or valid JSON, and leaves other languages alone', () => {
    expect(findExampleProblems(inExample('http', 'HTTP/1.1 200 OK', 'X-A: 1'))).toEqual([]);
    expect(findExampleProblems(inExample('json', '{"a": [1, 2]}'))).toEqual([]);
    expect(findExampleProblems(inExample('text', '{ not json'))).toEqual([]);
  });
});
