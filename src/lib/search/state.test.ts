import { describe, expect, test } from 'vitest';
import { readSearchState, unknownFilters, writeSearchState } from './state';
import { unknownFilterText } from './status';

describe('search state in the URL', () => {
  test('round-trips the query and filters', () => {
    const state = { q: 'rate limit', filters: { api: 'REST', kind: 'Guide' } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
  test('ignores unknown parameters and caps long values', () => {
    const state = readSearchState(`?q=${'a'.repeat(5000)}&evil=1&class=${'b'.repeat(100)}`);
    expect(state.q).toHaveLength(1000);
    expect(state.filters).toEqual({ class: 'b'.repeat(60) });
  });
  test('drops text direction controls from the query and the filters', () => {
    expect(readSearchState('?q=%E2%80%AEretry&api=RE%E2%80%8EST')).toEqual({
      q: 'retry',
      filters: { api: 'REST' },
    });
  });

  test('names a filter value the index does not hold, with the values it does', () => {
    const values = { api: ['GraphQL', 'REST'], kind: ['Code', 'Guide'] };
    const unknown = unknownFilters({ api: 'SOAP', kind: 'Guide', class: '4xx' }, values);
    expect(unknown).toEqual([{ name: 'api', value: 'SOAP', known: ['GraphQL', 'REST'] }]);
    expect(unknownFilterText(unknown[0]!)).toBe(
      '“SOAP” is not a known API filter value, so the search leaves that filter out. The known values are “GraphQL” and “REST”.',
    );
    expect(unknownFilters({ api: 'REST' }, values)).toEqual([]);
    // Without the index's values (no index yet), nothing is judged.
    expect(unknownFilters({ api: 'SOAP' }, {})).toEqual([]);
  });
});
