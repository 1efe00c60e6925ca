import { expect, test } from 'vitest';
import { RowAnchors, rowAnchor } from './table-rows';

test('rowAnchor: the words of the first cell, lower case, joined by hyphens', () => {
  expect(rowAnchor('Content-Type')).toBe('row-content-type');
  expect(rowAnchor(' page & limit ')).toBe('row-page-limit');
  expect(rowAnchor('X-Retry-After')).toBe('row-x-retry-after');
});

test('RowAnchors: numbers repeats, and gives no anchor to a cell without words', () => {
  const anchors = new RowAnchors();
  expect(['Same', 'same', '—', 'Other'].map((text) => anchors.next(text))).toEqual([
    'row-same',
    'row-same-2',
    undefined,
    'row-other',
  ]);
});
