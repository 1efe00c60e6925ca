/** Building DOM from client scripts: every string becomes a text node, never markup. */
import { cellRole, STACK_FROM_COLUMNS } from '~/lib/html/stacked-tables';

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
 * A table built in the browser, marked up to stack on a phone as lib/stacked-tables.ts marks up
 * the pages' own tables: roles on every part, and each body cell after the first labelled with its
 * column's name from the header row.
 */
export function stackedOnPhones(table: HTMLTableElement): HTMLTableElement {
  const names = Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent ?? '');
  if (names.length < STACK_FROM_COLUMNS) return table;
  table.classList.add('stacked-table');
  table.setAttribute('role', 'table');
  for (const group of [table.tHead, ...Array.from(table.tBodies)]) group?.setAttribute('role', 'rowgroup');
  for (const row of Array.from(table.rows)) {
    const inHead = row.parentElement === table.tHead;
    row.setAttribute('role', 'row');
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      cell.setAttribute('role', cellRole(cell.tagName === 'TH', inHead, cell.scope));
      if (!inHead && column > 0 && names[column]) cell.dataset.label = names[column];
      column += cell.colSpan;
    }
  }
  return table;
}
