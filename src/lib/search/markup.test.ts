import { describe, expect, test } from 'vitest';
import { filterValuesOf, operatorAttribute, searchAttributes } from './markup';

describe('searchAttributes', () => {
  test('gives a code page its kind, API, class and code', () => {
    expect(searchAttributes({ kind: 'Code', api: 'REST', statusClass: '4xx', code: 429 })).toEqual([
      { attribute: 'data-pagefind-filter', value: 'kind:Code' },
      { attribute: 'data-pagefind-filter', value: 'api:REST' },
      { attribute: 'data-pagefind-filter', value: 'class:4xx' },
      { attribute: 'data-pagefind-meta', value: 'code:429' },
    ]);
  });
  test('gives a guide only its kind', () => {
    expect(searchAttributes({ kind: 'Guide' })).toEqual([
      { attribute: 'data-pagefind-filter', value: 'kind:Guide' },
    ]);
  });
  test('removes the separators Pagefind would split on', () => {
    expect(searchAttributes({ kind: 'Code', api: 'A, b:c' })[1]!.value).toBe('api:A b c');
  });
  test('marks a guide with each list parameter it explains', () => {
    expect(searchAttributes({ kind: 'Guide', parameters: ['page', 'limit'] }).slice(1)).toEqual([
      { attribute: 'data-pagefind-filter', value: 'parameter:page' },
      { attribute: 'data-pagefind-filter', value: 'parameter:limit' },
    ]);
  });
  test('marks a guide with each of its subjects once, each word singular', () => {
    expect(
      searchAttributes({ kind: 'Guide', topics: ['Media types', 'media type', 'Charsets'] }).slice(1),
    ).toEqual([
      { attribute: 'data-pagefind-filter', value: 'topic:media type' },
      { attribute: 'data-pagefind-filter', value: 'topic:charset' },
    ]);
  });
  test("marks a header's page with its name in lower case", () => {
    expect(searchAttributes({ kind: 'Header', header: 'X-Retry-After' }).slice(1)).toEqual([
      { attribute: 'data-pagefind-filter', value: 'header:x-retry-after' },
    ]);
  });
  test('marks a list of codes with its place among them', () => {
    expect(searchAttributes({ kind: 'Reference', codeListPlace: 2 }).slice(1)).toEqual([
      { attribute: 'data-pagefind-filter', value: 'list:codes' },
      { attribute: 'data-pagefind-sort', value: 'list-place:002' },
    ]);
  });
  test("marks an operator's row with its suffix", () => {
    expect(operatorAttribute('not_in')).toEqual({
      attribute: 'data-pagefind-filter',
      value: 'operator:not_in',
    });
  });
});

describe('filterValuesOf', () => {
  test("collects each filter's values once, sorted, and leaves metadata and sort keys out", () => {
    expect(
      filterValuesOf([
        ...searchAttributes({ kind: 'Code', api: 'REST', statusClass: '4xx', code: 429 }),
        ...searchAttributes({ kind: 'Guide', topics: ['Retries', 'Media types'], codeListPlace: 1 }),
        ...searchAttributes({ kind: 'Code', api: 'GraphQL', statusClass: '4xx', code: 401 }),
        operatorAttribute('not_in'),
      ]),
    ).toEqual({
      kind: ['Code', 'Guide'],
      api: ['GraphQL', 'REST'],
      class: ['4xx'],
      list: ['codes'],
      topic: ['media type', 'retry'],
      operator: ['not_in'],
    });
  });
});
