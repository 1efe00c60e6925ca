/**
 * The markup of a reference table (`.data-table`), from its list of columns. Read by
 * components/ui/DataTable.astro, the Markdown table plugin and the client scripts that build
 * tables, so that all of them draw one kind of table.
 *
 * On a phone, a table of three or more columns does not fit: 360 px leaves a column a few words
 * wide, or cuts one off behind a sideways scroll. Such a table stacks there instead, each row a
 * block of lines (global.css, `.stacked-table`), and each cell after the first shows its column's
 * name above it (`data-label`). Its parts get their ARIA roles: Safari drops table semantics from
 * elements that CSS displays as blocks, and the roles keep it a table for screen readers.
 */

/** Tables with this many columns or more stack on a phone. */
const STACK_FROM_COLUMNS = 3;

/**
 * The classes of the frame around a reference table, which scrolls sideways when the table is
 * wider than the page; `spacing` is the room around it, which depends on where it stands.
 */
export const tableFrameClass = (spacing?: string) =>
  ['not-prose', spacing, 'overflow-x-auto rounded-lg border border-line'].filter(Boolean).join(' ');

export interface Column {
  /** The column's name: the header cell's text, and the label of its cells on a phone. */
  label: string;
  /** Classes of the header cell (a width, say). */
  class?: string;
}

type Role = 'table' | 'rowgroup' | 'row' | 'columnheader' | 'rowheader' | 'cell';

export interface CellAttributes {
  role?: Role;
  'data-label'?: string;
}

export interface DataTableLayout {
  columns: Column[];
  stacked: boolean;
  /** For the `<table>` element. */
  table: { class: string; role?: Role };
  /** For `<thead>`, `<tbody>` and `<tfoot>`. */
  group: { role?: Role };
  /** For each `<tr>`. */
  row: { role?: Role };
  /** For each header cell of the header row. */
  columnHeader: { role?: Role };
  /**
   * For a body cell that starts in `column` (counted from 0, a spanning cell counting for each
   * column it covers); `header` for a `<th>` that heads its row or group of rows.
   */
  cell(column: number, header?: boolean): CellAttributes;
}

/** The layout of a table with these columns. */
export function dataTable(columns: (string | Column)[]): DataTableLayout {
  const list = columns.map((c) => (typeof c === 'string' ? { label: c } : c));
  const stacked = list.length >= STACK_FROM_COLUMNS;
  const role = (name: Role) => (stacked ? { role: name } : {});
  return {
    columns: list,
    stacked,
    table: { class: stacked ? 'data-table stacked-table' : 'data-table', ...role('table') },
    group: role('rowgroup'),
    row: role('row'),
    columnHeader: role('columnheader'),
    cell(column, header = false) {
      if (!stacked) return {};
      const label = column > 0 ? list[column]?.label : undefined;
      return { role: header ? 'rowheader' : 'cell', ...(label ? { 'data-label': label } : {}) };
    },
  };
}
