/**
 * On a phone, a reference table of three or more columns does not fit: 360 px leaves a column a
 * few words wide, or cuts one off behind a sideways scroll. Such a table stacks there instead, each
 * row a block of lines (global.css, `.stacked-table`), and each cell after the first shows its
 * column's name above it. This marks the tables up for that, from their header row, so that
 * components and Markdown tables in guides need nothing of their own:
 *
 * - `stacked-table` joins the table's classes;
 * - each cell after a row's first gets `data-label`, its column's name;
 * - the table's parts get their roles. Safari drops table semantics from elements that CSS
 *   displays as blocks; the roles keep them a table for screen readers.
 */

import { decodeEntities } from './entities';

/** Tables with this many columns or more stack on a phone. */
export const STACK_FROM_COLUMNS = 3;

const TABLE = /<table\b([^>]*)>([\s\S]*?)<\/table>/g;
const DATA_TABLE_CLASS = /\bclass="([^"]*\bdata-table\b[^"]*)"/;
const HEAD = /<thead\b[^>]*>([\s\S]*?)<\/thead>/;
const HEADER_CELL = /<th\b([^>]*)>([\s\S]*?)<\/th>/g;
const GROUP = /<(thead|tbody|tfoot)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const ROW = /<tr\b([^>]*)>([\s\S]*?)<\/tr>/g;
const CELL = /<(td|th)\b([^>]*)>/g;

const span = (attributes: string) => Number(/\bcolspan="(\d+)"/.exec(attributes)?.[1] ?? 1);

/** A header cell's text as an attribute value: tags dropped, whitespace collapsed, re-escaped. */
const label = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');

/** The column names of a table's header row, one per column (a spanning header counts for each). */
function columnNames(inner: string): string[] {
  const head = HEAD.exec(inner)?.[1] ?? '';
  return [...head.matchAll(HEADER_CELL)].flatMap(([, attributes, text]) =>
    Array<string>(span(attributes!)).fill(label(text!)),
  );
}

/** A cell's role: a data cell, or a header of its column (in the head row) or of its row. */
export function cellRole(header: boolean, inHead: boolean, scope: string | undefined): string {
  if (!header) return 'cell';
  return inHead || scope === 'col' ? 'columnheader' : 'rowheader';
}

function labelRow(cells: string, names: string[], inHead: boolean): string {
  let column = 0;
  return cells.replace(CELL, (_, tag: string, attributes: string) => {
    const name = !inHead && column > 0 ? names[column] : undefined;
    column += span(attributes);
    const role = cellRole(tag === 'th', inHead, /\bscope="(\w+)"/.exec(attributes)?.[1]);
    return `<${tag}${attributes} role="${role}"${name ? ` data-label="${name}"` : ''}>`;
  });
}

function stack(attributes: string, inner: string, names: string[]): string {
  const classes = attributes.replace(DATA_TABLE_CLASS, (_, list: string) => `class="${list} stacked-table"`);
  const body = inner.replace(GROUP, (_, tag: string, groupAttributes: string, rows: string) => {
    const labelled = rows.replace(
      ROW,
      (_, rowAttributes: string, cells: string) =>
        `<tr${rowAttributes} role="row">${labelRow(cells, names, tag === 'thead')}</tr>`,
    );
    return `<${tag}${groupAttributes} role="rowgroup">${labelled}</${tag}>`;
  });
  return `<table${classes} role="table">${body}</table>`;
}

/** The page with every reference table of three or more columns marked up to stack on a phone. */
export function stackWideTables(html: string): string {
  if (!html.includes('data-table')) return html;
  return html.replace(TABLE, (table, attributes: string, inner: string) => {
    if (!DATA_TABLE_CLASS.test(attributes) || /\bstacked-table\b/.test(attributes)) return table;
    const names = columnNames(inner);
    return names.length >= STACK_FROM_COLUMNS ? stack(attributes, inner, names) : table;
  });
}
