import { expect, test } from 'vitest';
import { separateWords } from './word-breaks';

test('separateWords: a space after header cells, captions and description-list parts', () => {
  expect(separateWords('<table><caption>Codes</caption><tr><th>Code</th><th>Label</th></tr></table>')).toBe(
    '<table><caption>Codes</caption> <tr><th>Code</th> <th>Label</th> </tr></table>',
  );
  expect(separateWords('<dl><dt>Value</dt><dd>MIME types</dd><dt>Example</dt></dl>')).toBe(
    '<dl><dt>Value</dt> <dd>MIME types</dd> <dt>Example</dt> </dl>',
  );
});

test('separateWords: leaves inline elements, text and existing spaces alone', () => {
  const html = '<p><code>page</code><em>2</em> and </th> text</p><td>1</td><td>2</td>';
  expect(separateWords(html)).toBe(html);
});
