import { describe, expect, test } from 'vitest';
import { CODES, resultGroup } from './test-fixtures/vocabulary';
import { resultItems } from './items';
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
});
