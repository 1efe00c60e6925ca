/**
 * The client scripts' DOM helpers. Every string becomes a text node, never markup: text from the
 * reader or the search index cannot inject any.
 */
import { dataTable, tableFrameClass } from '~/lib/html/data-table';
import type { Segment } from '~/lib/search/excerpt';

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

/** A copy of the first element of a template that a component drew for the script to fill. */
export function fromTemplate<E extends Element = HTMLElement>(template: HTMLTemplateElement): E {
  return template.content.firstElementChild!.cloneNode(true) as E;
}

/** An excerpt as text with <mark> elements around the matched words. */
export function excerpt(segments: Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of segments) fragment.append(s.mark ? h('mark', {}, s.text) : s.text);
  return fragment;
}

/**
 * Brings a tool's answer to the reader: scrolls its heading to the top of the view and gives it
 * focus, which a screen reader announces (the heading needs tabindex="-1").
 */
export function revealAnswer(heading: HTMLElement): void {
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** A cell of a table built here: its classes and content. */
export interface CellContent {
  class?: string;
  content: Child;
}

/**
 * A reference table drawn in the browser, for answers that exist only there (the inspector's), as
 * DataTable.astro draws the pages' own: in its frame, stacking on a phone from three columns on
 * (lib/html/data-table.ts). `spacing` is the room around the frame.
 */
export function dataTableElement(columns: string[], rows: CellContent[][], spacing?: string): HTMLElement {
  const table = dataTable(columns);
  return h(
    'div',
    { class: tableFrameClass(spacing), tabindex: '0' },
    h(
      'table',
      table.table,
      h(
        'thead',
        table.group,
        h(
          'tr',
          table.row,
          ...table.columns.map((c) => h('th', { scope: 'col', ...table.columnHeader }, c.label)),
        ),
      ),
      h(
        'tbody',
        table.group,
        ...rows.map((cells) =>
          h(
            'tr',
            table.row,
            ...cells.map((cell, column) =>
              h('td', { class: cell.class, ...table.cell(column) }, cell.content),
            ),
          ),
        ),
      ),
    ),
  );
}
