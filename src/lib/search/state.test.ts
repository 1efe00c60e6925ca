import { describe, expect, test } from 'vitest';
import { readSearchState, unknownFilters, writeSearchState } from './state';

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
  test('strips the characters that change how text is drawn', () => {
    expect(readSearchState('?q=%E2%80%AEretry&api=RE%E2%80%8BST')).toEqual({
      q: 'retry',
      filters: { api: 'REST' },
    });
  });
});

describe('unknownFilters', () => {
  const values = { api: ['GraphQL', 'REST'], kind: ['Code', 'Guide'] };
  test('names a filter value the index does not have, with the ones it has', () => {
    expect(unknownFilters({ api: 'SOAP', kind: 'Guide' }, values)).toEqual([
      {
        name: 'api',
        value: 'SOAP',
        message:
          'No API here is called “SOAP”; the APIs are GraphQL and REST. Showing results for every one.',
      },
    ]);
  });
  test('passes the values the index has', () => {
    expect(unknownFilters({ api: 'REST', kind: 'Code' }, values)).toEqual([]);
  });
});
