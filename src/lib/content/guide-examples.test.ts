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
