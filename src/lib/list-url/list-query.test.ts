import { describe, expect, it } from 'vitest';
import type { ListQuery } from '~/schemas/api';
import {
  buildListUrl,
  emptyRequest,
  explainRequest,
  findProblems,
  invisibleCharacters,
  parametersExplainedBy,
  parseListUrl,
  shownNote,
} from './list-query';
import { LINEAR_GROWTH, timeGrowth } from '~/test-fixtures/linear-time';

const op = (suffix: string, values: 'any' | 'number-or-date' | 'string' | 'list') => ({
  suffix,
  name: `op ${suffix || 'eq'}`,
  expression: suffix ? `attribute:${suffix}=value` : 'attribute=value',
  values,
  description: `Does ${suffix || 'eq'}.`,
  examples: ['/x'],
});

const conventions: ListQuery = {
  resources: ['/v3/catalog/products'],
  example:
    '/v3/catalog/products?price:min=10&categories:in=123,456&include_fields=name,price&page=2&limit=50',
  operators: [
    op('', 'any'),
    op('min', 'number-or-date'),
    op('like', 'string'),
    op('in', 'list'),
    op('not_in', 'list'),
  ],
  page: 'page',
  limit: 'limit',
  maxLimit: { value: 250, paths: ['/v3/catalog/products'] },
  include: 'include',
  includeFields: 'include_fields',
  excludeFields: 'exclude_fields',
  guides: { filtering: 'filtering', pagination: 'pagination', fields: 'fields' },
};

describe('parseListUrl', () => {
  it('reads the example URL into its parts', () => {
    const request = parseListUrl(conventions.example, conventions);
    expect(request.path).toBe('/v3/catalog/products');
    expect(request.filters).toEqual([
      { attribute: 'price', operator: 'min', value: '10' },
      { attribute: 'categories', operator: 'in', value: '123,456' },
    ]);
    expect(request.includeFields).toEqual(['name', 'price']);
    expect(request.page).toBe('2');
    expect(request.limit).toBe('50');
    expect(request.other).toEqual([]);
  });

  it('keeps the origin of an absolute URL and splits on the last colon only', () => {
    const request = parseListUrl(
      'https://api.example.com/v3/items?a:b:not_in=1,2&include=variants,images',
      conventions,
    );
    expect(request.path).toBe('https://api.example.com/v3/items');
    expect(request.filters).toEqual([{ attribute: 'a:b', operator: 'not_in', value: '1,2' }]);
    expect(request.include).toEqual(['variants', 'images']);
  });

  it('reads a plain parameter as an equals filter and keeps unknown operators instead of dropping them', () => {
    const request = parseListUrl('/v3/x?sort=name&price:between=1', conventions);
    expect(request.filters).toEqual([{ attribute: 'sort', operator: '', value: 'name' }]);
    expect(request.other).toEqual([{ name: 'price:between', value: '1' }]);
  });
});

describe('buildListUrl', () => {
  it('round-trips the documented example exactly', () => {
    expect(buildListUrl(parseListUrl(conventions.example, conventions), conventions)).toBe(
      conventions.example,
    );
  });

  it('encodes spaces and ampersands in values but keeps colons and commas readable', () => {
    const request = {
      ...emptyRequest('/v3/x'),
      filters: [{ attribute: 'name', operator: '', value: 'My Product & Co' }],
    };
    expect(buildListUrl(request, conventions)).toBe('/v3/x?name=My%20Product%20%26%20Co');
    expect(parseListUrl(buildListUrl(request, conventions), conventions).filters[0]?.value).toBe(
      'My Product & Co',
    );
  });

  it('leaves out filters without an attribute and gives the bare path when nothing is set', () => {
    const request = { ...emptyRequest('/v3/x'), filters: [{ attribute: ' ', operator: 'min', value: '3' }] };
    expect(buildListUrl(request, conventions)).toBe('/v3/x');
  });
});

describe('findProblems', () => {
  it('flags a limit above the documented maximum of its list, without saying what the API answers', () => {
    for (const path of ['/v3/catalog/products', 'https://api.example.com/stores/abc/v3/catalog/products/']) {
      const problems = findProblems({ ...emptyRequest(path), limit: '500' }, conventions);
      expect(problems).toEqual([
        {
          level: 'error',
          part: 'limit',
          message:
            'limit=500 exceeds the documented maximum of 250 for /v3/catalog/products. Ask for 250 or fewer and walk the pages.',
        },
      ]);
    }
  });

  it('accepts the maximum itself', () => {
    const request = { ...emptyRequest('/v3/catalog/products'), limit: '250', page: '3' };
    expect(findProblems(request, conventions)).toEqual([]);
  });

  it('claims no maximum for a list the docs give none for', () => {
    // The docs give 250 as the most products returned, and nothing for categories.
    for (const path of ['/v3/catalog/categories', '/v3/catalog/products/77/variants', '/v3/x'])
      expect(findProblems({ ...emptyRequest(path), limit: '500' }, conventions)).toEqual([]);
    expect(
      findProblems({ ...emptyRequest('/v3/x'), limit: '500' }, { ...conventions, maxLimit: undefined }),
    ).toEqual([]);
  });

  it('rejects pages and limits that are not whole numbers', () => {
    const parts = findProblems({ ...emptyRequest('/v3/x'), limit: 'ten', page: '0' }, conventions).map(
      (p) => p.part,
    );
    expect(parts.sort()).toEqual(['limit', 'page']);
  });

  it('warns about a comparison with a value that is neither number nor date, and about empty values', () => {
    const problems = findProblems(
      {
        ...emptyRequest('/v3/x'),
        filters: [
          { attribute: 'price', operator: 'min', value: 'cheap' },
          { attribute: 'name', operator: 'like', value: '' },
          { attribute: 'date', operator: 'min', value: '2026-01-01' },
        ],
      },
      conventions,
    );
    expect(problems.map((p) => p.part)).toEqual(['filter-0', 'filter-1']);
  });

  it('flags a field named in both include_fields and exclude_fields, and no other field', () => {
    const request = parseListUrl(
      '/v3/x?include_fields=name,price&exclude_fields=name,description',
      conventions,
    );
    const problems = findProblems(request, conventions);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ part: 'fields' });
    expect(problems[0]?.message).toMatch(/^name is in both include_fields and exclude_fields/);
  });

  it('flags a zero-width character in a filter’s attribute, naming it by its code point', () => {
    const request = parseListUrl('/v3/x?na%E2%80%8Bme:like=Shirts&price:min=1', conventions);
    expect(request.filters[0]?.attribute).toBe('na\u200Bme');
    const problems = findProblems(request, conventions);
    expect(problems).toEqual([
      {
        level: 'error',
        part: 'filter-0',
        message:
          'The attribute of filter 1 holds an invisible character (U+200B), which the API reads as part of the name.',
      },
    ]);
  });

  it('names ten fields in both include_fields and exclude_fields, and counts the rest', () => {
    const fields = Array.from({ length: 12 }, (_, i) => `f${i}`);
    const request = { ...emptyRequest('/v3/x'), includeFields: fields, excludeFields: [...fields].reverse() };
    expect(findProblems(request, conventions)[0]?.message).toBe(
      'f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 2 more are in both include_fields and exclude_fields; name each field in one of them.',
    );
  });

  it('flags an unknown operator and names the documented ones', () => {
    const problems = findProblems(parseListUrl('/v3/x?price:between=1,5', conventions), conventions);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ level: 'error', part: 'other' });
    expect(problems[0]?.message).toContain('“:between”');
    expect(problems[0]?.message).toContain(':min');
  });

  it.each([['123, 456'], ['123,,456'], ['123,'], [' 123']])('flags the :in list %j', (value) => {
    const request = {
      ...emptyRequest('/v3/x'),
      filters: [{ attribute: 'categories', operator: 'in', value }],
    };
    expect(findProblems(request, conventions).map((p) => p.part)).toEqual(['filter-0']);
  });

  it('accepts a clean :in list', () => {
    const request = parseListUrl('/v3/x?categories:in=123,456', conventions);
    expect(findProblems(request, conventions)).toEqual([]);
  });
});

describe('odd input', () => {
  it.each([[''], ['   '], ['%%%'], ['::'], ['?'], ['http://'], ['/v3/x?=1&&=&limit']])(
    'never throws on %j',
    (input) => {
      const request = parseListUrl(input, conventions);
      expect(() => buildListUrl(request, conventions)).not.toThrow();
      expect(() => findProblems(request, conventions)).not.toThrow();
    },
  );

  it('adds up repeated list parameters and lets the last page and limit count', () => {
    const request = parseListUrl(
      '/v3/x?include=variants&include=images&limit=10&limit=20&page=1&page=3',
      conventions,
    );
    expect(request.include).toEqual(['variants', 'images']);
    expect(request.limit).toBe('20');
    expect(request.page).toBe('3');
  });

  it('decodes percent-encoded names and values, and keeps a repeated filter twice', () => {
    const request = parseListUrl('/v3/x?name%3Alike=Red%20scarf%25&price:min=1&price:min=2', conventions);
    expect(request.filters).toEqual([
      { attribute: 'name', operator: 'like', value: 'Red scarf%' },
      { attribute: 'price', operator: 'min', value: '1' },
      { attribute: 'price', operator: 'min', value: '2' },
    ]);
  });

  it('round-trips build → parse → build for awkward values', () => {
    const request = {
      ...emptyRequest('/v3/catalog/products'),
      filters: [
        { attribute: 'name', operator: 'like', value: '50% off & more = "yes"?' },
        { attribute: 'categories', operator: 'not_in', value: '1,2' },
      ],
      include: ['variants'],
      excludeFields: ['description'],
      page: '2',
      limit: '250',
    };
    const url = buildListUrl(request, conventions);
    expect(buildListUrl(parseListUrl(url, conventions), conventions)).toBe(url);
    expect(parseListUrl(url, conventions)).toEqual(request);
  });
});

describe('invisibleCharacters', () => {
  it('lists each invisible character once, by code point', () => {
    expect(invisibleCharacters('a\u200Bb\u200Bc\u202E\uFEFF')).toEqual(['U+200B', 'U+202E', 'U+FEFF']);
    expect(invisibleCharacters('name price_min é 😀')).toEqual([]);
  });
});

describe('shownNote', () => {
  it('says how many of a long list are shown, and nothing for a short one', () => {
    expect(shownNote(20_000, 'filters')).toBe('Showing the first 200 of 20,000 filters.');
    expect(shownNote(200, 'filters')).toBeUndefined();
    expect(shownNote(20_000, 'filters', 203)).toBe('Showing the first 203 of 20,000 filters.');
  });
});

describe('time linear in the URL', { timeout: 60_000 }, () => {
  const filters = (n: number) =>
    '/v3/x?' + Array.from({ length: n }, (_, i) => `f${i}:in=${i},${i + 1}`).join('&');
  const fields = (n: number) => {
    const names = Array.from({ length: n }, (_, i) => `field${i}`);
    return { ...emptyRequest('/v3/x'), includeFields: names, excludeFields: [...names].reverse() };
  };

  it('reads, checks, explains and builds a URL of 20,000 filters', () => {
    const request = parseListUrl(filters(20_000), conventions);
    expect(request.filters).toHaveLength(20_000);
    expect(buildListUrl(request, conventions)).toBe(filters(20_000));
    const all = (url: string) => {
      const r = parseListUrl(url, conventions);
      return [findProblems(r, conventions), explainRequest(r, conventions), buildListUrl(r, conventions)];
    };
    expect(timeGrowth(all, filters, 1_000)).toBeLessThan(LINEAR_GROWTH);
  });

  it('checks 50,000 fields in both include_fields and exclude_fields', () => {
    expect(findProblems(fields(50_000), conventions)[0]?.message).toMatch(/and 49,990 more are in both/);
    // From 16,000 fields, past where a Set still fits the processor's caches: at both sizes it does not.
    expect(timeGrowth((r) => findProblems(r, conventions), fields, 16_000)).toBeLessThan(LINEAR_GROWTH);
  });
});

describe('explainRequest', () => {
  it('explains each part with the operator description from the conventions and its guide', () => {
    const parts = explainRequest(parseListUrl(conventions.example, conventions), conventions);
    expect(parts.map((p) => p.param)).toEqual([
      'price:min=10',
      'categories:in=123,456',
      'include_fields=name,price',
      'page=2',
      'limit=50',
    ]);
    expect(parts[0]).toEqual({ param: 'price:min=10', meaning: 'op min. Does min.', guide: 'filtering' });
    expect(parts[4]?.meaning).toBe(
      'Puts 50 items on each page (at most 250, the documented maximum for /v3/catalog/products).',
    );
    expect(parts[4]?.guide).toBe('pagination');
  });

  it('names no maximum for the page size of a list the docs give none for', () => {
    const parts = explainRequest({ ...emptyRequest('/v3/catalog/categories'), limit: '50' }, conventions);
    expect(parts).toEqual([
      { param: 'limit=50', meaning: 'Puts 50 items on each page.', guide: 'pagination' },
    ]);
  });
});

describe('parametersExplainedBy', () => {
  it('names the parameters of each guide the conventions point to, none for others', () => {
    expect(parametersExplainedBy(conventions, 'pagination')).toEqual(['page', 'limit']);
    expect(parametersExplainedBy(conventions, 'fields')).toEqual(['include_fields', 'exclude_fields']);
    // No include guide is named: include is explained nowhere.
    expect(parametersExplainedBy(conventions, 'include')).toEqual([]);
    expect(parametersExplainedBy({ ...conventions, excludeFields: undefined }, 'fields')).toEqual([
      'include_fields',
    ]);
  });
});
