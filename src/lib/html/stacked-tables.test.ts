import { describe, expect, test } from 'vitest';
import { stackWideTables } from './stacked-tables';

const table = (head: string, body: string, attributes = 'class="data-table"') =>
  `<div><table ${attributes}><caption>Codes</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;

describe('stackWideTables', () => {
  test('labels each cell after the first with its column, and gives every part its role', () => {
    const html = table(
      '<th scope="col">Code</th><th scope="col">Causes</th><th scope="col">What to do</th>',
      '<tr><td><h3 id="x">415</h3></td><td><ul><li>No header</li></ul></td><td>Send it</td></tr>',
    );
    expect(stackWideTables(html)).toBe(
      '<div><table class="data-table stacked-table" role="table"><caption>Codes</caption>' +
        '<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Code</th>' +
        '<th scope="col" role="columnheader">Causes</th><th scope="col" role="columnheader">What to do</th></tr></thead>' +
        '<tbody role="rowgroup"><tr role="row"><td role="cell"><h3 id="x">415</h3></td>' +
        '<td role="cell" data-label="Causes"><ul><li>No header</li></ul></td>' +
        '<td role="cell" data-label="What to do">Send it</td></tr></tbody></table></div>',
    );
  });

  test('a row header is the row’s title: it keeps no label, and the cells after it are labelled', () => {
    const out = stackWideTables(
      table(
        '<th scope="col">Docs</th><th scope="col">Label</th><th scope="col">What changed</th>',
        '<tr><th scope="row" class="px-4">Markdown docs</th><td>Gone</td><td>—</td></tr>',
      ),
    );
    expect(out).toContain('<th scope="row" class="px-4" role="rowheader">Markdown docs</th>');
    expect(out).toContain('<td role="cell" data-label="Label">Gone</td>');
    expect(out).toContain('<td role="cell" data-label="What changed">—</td>');
  });

  test('takes column names as text: markup dropped, entities and quotes safe in the attribute', () => {
    const out = stackWideTables(
      table(
        '<th>A</th><th><code>include</code> &amp; “fields”</th><th>Say "hi"</th>',
        '<tr><td>1</td><td>2</td><td>3</td></tr>',
      ),
    );
    expect(out).toContain('data-label="include &amp; “fields”"');
    expect(out).toContain('data-label="Say &quot;hi&quot;"');
  });

  test('counts a spanning cell for each column it covers', () => {
    const out = stackWideTables(
      table('<th>A</th><th colspan="2">B</th>', '<tr><td colspan="2">1 and 2</td><td>3</td></tr>'),
    );
    expect(out).toContain('<td colspan="2" role="cell">1 and 2</td>');
    expect(out).toContain('<td role="cell" data-label="B">3</td>');
  });

  test('leaves narrower tables, tables already stacked and tables that are not reference tables', () => {
    const narrow = table('<th>Header</th><th>Meaning</th>', '<tr><td>Accept</td><td>JSON</td></tr>');
    const stacked = table('<th>A</th><th>B</th><th>C</th>', '', 'class="data-table stacked-table"');
    const layout = table('<th>A</th><th>B</th><th>C</th>', '', 'class="other"');
    const page = `<main>${narrow}${stacked}${layout}</main>`;
    expect(stackWideTables(page)).toBe(page);
  });

  test('marks up each wide table of a page on its own columns', () => {
    const page =
      table('<th>A</th><th>B</th><th>C</th>', '<tr><td>1</td><td>2</td><td>3</td></tr>') +
      table('<th>X</th><th>Y</th><th>Z</th><th>W</th>', '<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>');
    const labels = [...stackWideTables(page).matchAll(/data-label="(\w)"/g)].map((m) => m[1]);
    expect(labels).toEqual(['B', 'C', 'Y', 'Z', 'W']);
  });
});
