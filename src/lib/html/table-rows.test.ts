import { expect, test } from 'vitest';
import { anchorRows, rowAnchor } from './table-rows';

test('anchorRows: the first cell of each body row takes an id from its words', () => {
  const html =
    '<thead><tr><th>Header</th><th>Example</th></tr></thead>' +
    '<tbody><tr><td><a href="/h/"><code>X-Retry-After</code></a></td><td>15</td></tr>\n' +
    '<tr>\n<td>page &amp; limit</td><td>2</td></tr></tbody>';
  expect(anchorRows(html)).toBe(
    '<thead><tr><th>Header</th><th>Example</th></tr></thead>' +
      '<tbody><tr><td id="row-x-retry-after"><a href="/h/"><code>X-Retry-After</code></a></td><td>15</td></tr>\n' +
      '<tr>\n<td id="row-page-limit">page &amp; limit</td><td>2</td></tr></tbody>',
  );
});

test('anchorRows: numbers repeats, and leaves cells with an id or without words alone', () => {
  const html =
    '<tbody><tr><td>Same</td></tr><tr><td>same</td></tr><tr><td id="x">A</td></tr><tr><td>—</td></tr></tbody>';
  expect(anchorRows(html)).toBe(
    '<tbody><tr><td id="row-same">Same</td></tr><tr><td id="row-same-2">same</td></tr><tr><td id="x">A</td></tr><tr><td>—</td></tr></tbody>',
  );
  expect(rowAnchor('Content-Type')).toBe('row-content-type');
});
