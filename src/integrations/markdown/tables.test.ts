import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { markdownTables } from './tables';

// The plugin is synchronous, so is the result.
const render = (markdown: string) =>
  (markdownToHtml(markdown, { hastPlugins: [markdownTables] }) as MarkdownToHtmlResult).html;

describe('markdownTables', () => {
  test('frames a table, stacks it from three columns, labels each cell after the first', () => {
    const html = render(
      ['| Code | Causes | What to do |', '| --- | --- | --- |', '| 415 | No header | Send it |'].join('\n'),
    );
    expect(html).toBe(
      '<div class="not-prose my-6 overflow-x-auto rounded-lg border border-line" tabindex="0">' +
        '<table class="data-table stacked-table" role="table">\n' +
        '<thead role="rowgroup">\n<tr role="row">\n' +
        '<th role="columnheader">Code</th>\n<th role="columnheader">Causes</th>\n' +
        '<th role="columnheader">What to do</th>\n</tr>\n</thead>\n' +
        '<tbody role="rowgroup">\n<tr role="row">\n<td id="row-415" role="cell">415\u00a0' +
        '<a href="#row-415" class="row-link no-print" aria-label="Link to the row “415”" data-pagefind-ignore>#</a></td>\n' +
        '<td role="cell" data-label="Causes">No header</td>\n' +
        '<td role="cell" data-label="What to do">Send it</td>\n</tr>\n</tbody>\n</table></div>\n',
    );
  });

  test('the first cell of each body row takes an id from its words, markup and entities aside, and a link to it on its last line', () => {
    const html = render(
      [
        '| Header | Example |',
        '| --- | --- |',
        '| [`X-Retry-After`](/h/) | 15 |',
        '| page &amp; limit | 2 |',
      ].join('\n'),
    );
    expect(html).toContain(
      '<td id="row-x-retry-after"><a href="/h/"><code>X-Retry-After</code></a>\u00a0' +
        '<a href="#row-x-retry-after" class="row-link no-print" aria-label="Link to the row “X-Retry-After”" data-pagefind-ignore>#</a></td>',
    );
    expect(html).toContain(
      '<td id="row-page-limit">page &amp; limit\u00a0<a href="#row-page-limit" class="row-link no-print" aria-label="Link to the row “page &amp; limit”" data-pagefind-ignore>#</a></td>',
    );
  });

  test('numbers repeats across the page, and leaves cells without words alone', () => {
    const table = (first: string) => `| A | B |\n| --- | --- |\n| ${first} | 1 |\n| same | 2 |\n| — | 3 |`;
    const html = render(`${table('Same')}\n\n${table('Other')}`);
    expect([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'row-same',
      'row-same-2',
      'row-other',
      'row-same-3',
    ]);
    expect(html).toContain('<td>—</td>');
  });

  test('leaves narrower tables unstacked: no roles, no labels', () => {
    const html = render('| Header | Meaning |\n| --- | --- |\n| Accept | JSON |');
    expect(html).toContain('<table class="data-table">');
    expect(html).not.toContain('role=');
    expect(html).not.toContain('data-label');
  });

  test('takes column names as text: markup dropped, quotes and ampersands safe in the attribute', () => {
    const html = render('| A | `include` & fields | Say "hi" |\n| --- | --- | --- |\n| 1 | 2 | 3 |');
    expect(html).toContain('data-label="include &amp; fields"');
    expect(html).toContain('data-label="Say &quot;hi&quot;"');
  });

  test('marks up each table of a page on its own columns', () => {
    const html = render(
      '| A | B | C |\n| - | - | - |\n| 1 | 2 | 3 |\n\n| X | Y | Z | W |\n| - | - | - | - |\n| 1 | 2 | 3 | 4 |',
    );
    expect([...html.matchAll(/data-label="(\w)"/g)].map((m) => m[1])).toEqual(['B', 'C', 'Y', 'Z', 'W']);
  });
});
