/** Building DOM from client scripts: every string becomes a text node, never markup. */
import { dataTable } from '~/lib/html/data-table';

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/**
 * A table built in the browser, marked up to stack on a phone as DataTable.astro marks up the
 * pages' own tables (lib/html/data-table.ts), from the names in its header row.
 */
export function stackedOnPhones(table: HTMLTableElement): HTMLTableElement {
  const layout = dataTable(Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent ?? ''));
  if (!layout.stacked) return table;
  const set = (el: Element, attributes: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
  };
  table.className = layout.table.class;
  set(table, { role: layout.table.role });
  for (const group of [table.tHead, ...Array.from(table.tBodies)]) if (group) set(group, layout.group);
  for (const row of Array.from(table.rows)) {
    const inHead = row.parentElement === table.tHead;
    set(row, layout.row);
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      set(cell, inHead ? layout.columnHeader : layout.cell(column, cell.tagName === 'TH'));
      column += cell.colSpan;
    }
  }
  return table;
}
