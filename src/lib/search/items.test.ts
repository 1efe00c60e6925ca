import { describe, expect, test } from 'vitest';
import { CODES, resultGroup } from './test-fixtures/vocabulary';
import { CODE_PAGES_SHOWN, resultItems } from './items';
import type { CodeEntry } from './vocabulary';

describe('resultItems', () => {
  test('shows a quoted message as its page, the message whole beneath with the searched words marked', () => {
    const [item] = resultItems(
      {
        exact: [
          {
            api: 'graphql',
            apiName: 'GraphQL API',
            apiShortName: 'GraphQL',
            status: 401,
            class: '4xx',
            message: 'Unknown JWT token',
            title: 'Unknown JWT',
            url: '/graphql/errors/unknown-jwt/',
          },
        ],
        groups: [],
      },
      ['jwt'],
    );
    expect(item).toEqual({
      url: '/graphql/errors/unknown-jwt/',
      title: 'Unknown JWT',
      context: 'Error message · GraphQL API · HTTP 401',
      excerpt: [
        { text: 'Unknown ', mark: false },
        { text: 'JWT', mark: true },
        { text: ' token', mark: false },
      ],
      level: 0,
    });
  });

  test('puts exact codes first, then pages with their sections, links carrying the terms', () => {
    const items = resultItems(
      {
        exact: [
          {
            api: 'rest',
            apiName: 'REST API',
            apiShortName: 'REST',
            code: 429,
            class: '4xx',
            label: 'Too Many Requests',
            standardPhrase: 'Too Many Requests',
            formerPhrases: [],
            alsoCalled: ['rate limited'],
            summary: 'The **quota** is used up; see [rate limits](/guides/rate-limits/) and `X-Retry-After`.',
            url: '/rest/429/',
            legacy: false,
          },
          {
            api: 'rest',
            apiName: 'REST API',
            apiShortName: 'REST',
            code: 404,
            class: '4xx',
            label: 'Does Not Exist',
            standardPhrase: 'Not Found',
            formerPhrases: [],
            alsoCalled: [],
            summary: 'Nothing is at that URL.',
            url: '/rest/404/',
            legacy: false,
          },
        ],
        groups: [
          {
            url: '/guides/rate-limits/',
            title: 'Rate limits',
            excerpt: 'the <mark>quota</mark>',
            kind: 'Guide',
            api: undefined,
            code: undefined,
            filters: {},
            sections: [{ title: 'Pacing', url: '/guides/rate-limits/#pacing', excerpt: 'slow' }],
          },
        ],
      },
      ['quota'],
    );
    expect(items.map((i) => [i.level, i.title, i.url, i.context])).toEqual([
      [0, '429 Too Many Requests', '/rest/429/', 'Status code · REST API'],
      [0, '404 Does Not Exist', '/rest/404/', 'Status code · REST API · standard phrase Not Found'],
      [0, 'Rate limits', '/guides/rate-limits/?hl=quota', 'Guide'],
      [1, 'Pacing', '/guides/rate-limits/?hl=quota#pacing', ''],
    ]);
    expect(items[2]!.excerpt).toEqual([
      { text: 'the ', mark: false },
      { text: 'quota', mark: true },
    ]);
    // A code's summary, as plain text, with the searched words marked.
    expect(items[0]!.excerpt).toEqual([
      { text: 'The ', mark: false },
      { text: 'quota', mark: true },
      { text: ' is used up; see rate limits and X-Retry-After.', mark: false },
    ]);
  });

  test("names the code's other name that the query spells, and only that", () => {
    const code: CodeEntry = {
      api: 'rest',
      apiName: 'REST API',
      apiShortName: 'REST',
      code: 422,
      class: '4xx',
      label: 'Missing or Invalid Data',
      standardPhrase: 'Unprocessable Content',
      formerPhrases: [],
      alsoCalled: ['validation error', 'bad data'],
      summary: 'The data is wrong.',
      url: '/rest/422/',
      legacy: false,
    };
    const context = (terms: string[]) => resultItems({ exact: [code], groups: [] }, terms)[0]!.context;
    expect(context(['validation', 'error'])).toBe(
      'Status code · REST API · standard phrase Unprocessable Content · also called validation error',
    );
    expect(context(['validation'])).toBe('Status code · REST API · standard phrase Unprocessable Content');
  });

  test('tells identical titles apart in the titles themselves, as the pages do', () => {
    const answer = {
      exact: CODES.filter((c) => c.code === 401),
      groups: [
        resultGroup('/codes/401/', { title: '401 Unauthorized', code: 401, kind: 'Reference' }),
        resultGroup('/troubleshooting/unauthorized/', { title: 'Fix a 401 Unauthorized', kind: 'Flow' }),
      ],
    };
    expect(resultItems(answer, []).map((i) => i.title)).toEqual([
      '401 Unauthorized (REST)',
      '401 Unauthorized (GraphQL)',
      'HTTP 401 Unauthorized',
      'Fix a 401 Unauthorized',
    ]);
    // A title that stands alone stays as it is.
    expect(resultItems({ exact: CODES.filter((c) => c.code === 429), groups: [] }, [])[0]!.title).toBe(
      '429 Too Many Requests',
    );
  });

  test('lists a code in the first APIs only, then the number’s page across APIs for the rest', () => {
    const [rest429] = CODES.filter((c) => c.code === 429);
    const apis = Array.from({ length: CODE_PAGES_SHOWN + 3 }, (_, i) => ({
      ...rest429!,
      api: `api-${i + 1}`,
      apiName: `API ${i + 1}`,
      apiShortName: `API ${i + 1}`,
      label: `Label ${i + 1}`,
      url: `/api-${i + 1}/429/`,
    }));
    const numberPage = resultGroup('/codes/429/', {
      title: '429 Too Many Requests',
      code: 429,
      kind: 'Reference',
      sections: [{ title: 'How each API uses it', url: '/codes/429/#by-api', excerpt: 'each API' }],
    });
    const guide = resultGroup('/guides/rate-limits/', { title: 'Rate limits', kind: 'Guide' });
    const items = resultItems({ exact: apis, groups: [guide, numberPage] }, []);
    expect(items.map((i) => [i.url, i.title, i.context])).toEqual([
      ...apis
        .slice(0, CODE_PAGES_SHOWN)
        .map((e) => [
          e.url,
          `429 ${e.label}`,
          `Status code · ${e.apiName} · standard phrase Too Many Requests`,
        ]),
      [
        '/codes/429/',
        'HTTP 429 Too Many Requests',
        'Status code across APIs · 3 more APIs than listed above',
      ],
      ['/codes/429/#by-api', 'How each API uses it', ''],
      ['/guides/rate-limits/', 'Rate limits', 'Guide'],
    ]);
    // Where the index did not find the number's page, the list still links it.
    const unfound = resultItems({ exact: apis, groups: [] }, []);
    expect(unfound.map((i) => [i.url, i.title]).at(-1)).toEqual([
      '/codes/429/',
      'HTTP 429 Too Many Requests',
    ]);
    // With as many APIs as it shows, every one is listed, and the number's page stays as the index found it.
    const some = apis.slice(0, CODE_PAGES_SHOWN);
    const all = resultItems({ exact: some, groups: [guide, numberPage] }, []);
    expect(all.map((i) => [i.url, i.context]).slice(CODE_PAGES_SHOWN)).toEqual([
      ['/guides/rate-limits/', 'Guide'],
      ['/codes/429/', 'Reference'],
      ['/codes/429/#by-api', ''],
    ]);
  });
});
