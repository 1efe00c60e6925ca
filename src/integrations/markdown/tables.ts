/**
 * Markdown tables, in guides and code pages, drawn as the reference tables are (DataTable.astro):
 * in the frame that scrolls sideways, stacked on a phone when they have three or more columns
 * (lib/html/data-table.ts), and with an address for each body row from its first cell's words,
 * `#row-content-type` (SPEC: deep links), as stable as the text it names, and a link to it.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { dataTable, tableFrameClass } from '../../lib/html/data-table';
import { RowAnchors } from '../../lib/html/table-rows';
import { oneLine, textOf } from './text';

const elements = (node: { children: ElementContent[] }) =>
  node.children.filter((child): child is Element => child.type === 'element');

const isCell = (node: Element) => node.tagName === 'td' || node.tagName === 'th';

/** The link to a row's address, as components/ui/RowLink.astro draws it for the other tables. */
const rowLink = (id: string, name: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: {
    href: `#${id}`,
    class: 'row-link no-print',
    'aria-label': `Link to the row “${name}”`,
    'data-pagefind-ignore': true,
  },
  children: [{ type: 'text', value: '#' }],
});

function markUp(table: Element, ctx: HastVisitorContext, anchors: RowAnchors): void {
  const groups = elements(table);
  const headRow = groups.find((g) => g.tagName === 'thead')?.children.find((c) => c.type === 'element');
  const columns = headRow?.type === 'element' ? elements(headRow).filter(isCell) : [];
  const layout = dataTable(columns.map((cell) => oneLine(textOf(cell))));

  ctx.setProperty(table, 'class', layout.table.class);
  if (layout.table.role) ctx.setProperty(table, 'role', layout.table.role);
  for (const group of groups) {
    const inHead = group.tagName === 'thead';
    if (layout.group.role) ctx.setProperty(group, 'role', layout.group.role);
    for (const row of elements(group)) {
      if (layout.row.role) ctx.setProperty(row, 'role', layout.row.role);
      elements(row)
        .filter(isCell)
        .forEach((cell, column) => {
          if (!inHead && column === 0) {
            const text = textOf(cell, ' ');
            const id = anchors.next(text);
            if (id) {
              ctx.setProperty(cell, 'id', id);
              // A no-break space: the link stays on the line of the cell's last word.
              ctx.appendChild(cell, [{ type: 'text', value: '\u00a0' }, rowLink(id, oneLine(text))]);
            }
          }
          const attributes = inHead ? layout.columnHeader : layout.cell(column, cell.tagName === 'th');
          for (const [name, value] of Object.entries(attributes)) ctx.setProperty(cell, name, value);
        });
    }
  }
  ctx.wrapNode(table, {
    type: 'element',
    tagName: 'div',
    properties: { class: tableFrameClass('my-6'), tabindex: '0' },
    children: [],
  });
}

/** A factory: each document numbers its repeated row anchors on its own. */
export const markdownTables = (): HastPluginDefinition => {
  const anchors = new RowAnchors();
  return {
    name: 'status-docs-tables',
    element: { filter: ['table'], visit: (table, ctx) => markUp(table, ctx, anchors) },
  };
};
