import { describe, expect, test } from 'vitest';
import { dataTable, tableFrameClass } from './data-table';

describe('dataTable', () => {
  test('three columns or more stack: every part gets its role', () => {
    const table = dataTable(['Code', 'Causes', 'What to do']);
    expect(table.stacked).toBe(true);
    expect(table.table).toEqual({ class: 'data-table stacked-table', role: 'table' });
    expect(table.group).toEqual({ role: 'rowgroup' });
    expect(table.row).toEqual({ role: 'row' });
    expect(table.columnHeader).toEqual({ role: 'columnheader' });
  });

  test('each body cell after the first is labelled with its column’s name', () => {
    const table = dataTable(['Code', 'Causes', 'What to do']);
    expect(table.cell(0)).toEqual({ role: 'cell' });
    expect(table.cell(1)).toEqual({ role: 'cell', 'data-label': 'Causes' });
    expect(table.cell(2)).toEqual({ role: 'cell', 'data-label': 'What to do' });
  });

  test('a row header is the row’s title: it keeps no label, and the cells after it are labelled', () => {
    const table = dataTable(['Docs', 'Label', 'What changed']);
    expect(table.cell(0, true)).toEqual({ role: 'rowheader' });
    expect(table.cell(1)).toEqual({ role: 'cell', 'data-label': 'Label' });
  });

  test('a cell is labelled by the column it starts in: one after a cell spanning two takes the third name', () => {
    const table = dataTable(['A', 'B', 'C']);
    // <td colspan="2">…</td><td>…</td>: the second cell starts in column 2.
    expect(table.cell(2)).toEqual({ role: 'cell', 'data-label': 'C' });
  });

  test('a cell past the last column has a role and no label', () => {
    expect(dataTable(['A', 'B', 'C']).cell(3)).toEqual({ role: 'cell' });
  });

  test('narrower tables stay tables: no stacking class and no attributes at all', () => {
    const table = dataTable([{ label: 'Code', class: 'w-20' }, 'Label and meaning']);
    expect(table.stacked).toBe(false);
    expect(table.table).toEqual({ class: 'data-table' });
    expect([table.group, table.row, table.columnHeader, table.cell(0), table.cell(1, true)]).toEqual([
      {},
      {},
      {},
      {},
      {},
    ]);
    expect(table.columns).toEqual([{ label: 'Code', class: 'w-20' }, { label: 'Label and meaning' }]);
  });
});

test('tableFrameClass puts the space around the frame after not-prose', () => {
  expect(tableFrameClass()).toBe('not-prose overflow-x-auto rounded-lg border border-line');
  expect(tableFrameClass('my-6')).toBe('not-prose my-6 overflow-x-auto rounded-lg border border-line');
});
