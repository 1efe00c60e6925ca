import { describe, expect, test, vi } from 'vitest';
import { vocabulary } from './test-fixtures/vocabulary';
import type { Filters } from './plan';
import { runSearch, type SearchIndex } from './run';

interface FakePage {
  url: string;
  title: string;
  text: string;
  filters?: Record<string, string[]>;
  code?: number;
}

/** Pages as the fake index holds them: their words, and their filters. */
const PAGES: FakePage[] = [
  {
    url: '/guides/retries/',
    title: 'Retries',
    text: 'retry a request after backoff',
    filters: { kind: ['Guide'], topic: ['retry'] },
  },
  {
    url: '/guides/rate-limits/',
    title: 'Rate limits',
    text: 'rate limit quota throttles',
    filters: { kind: ['Guide'], topic: ['rate limit'] },
  },
  {
    url: '/troubleshooting/rate-limited/',
    title: 'Fix a 429',
    text: 'exponential backoff retry 429 handling',
    filters: { kind: ['Flow'] },
  },
  {
    url: '/rest/429/',
    title: '429 Too Many Requests',
    text: 'too many requests 429 quota',
    filters: { kind: ['Code'], api: ['REST'] },
    code: 429,
  },
  {
    url: '/rest/409/',
    title: '409 Conflict',
    text: 'conflict 409 orphaned',
    filters: { kind: ['Code'], api: ['REST'] },
    code: 409,
  },
  {
    url: '/rest/201/',
    title: '201 Created',
    text: 'created 201 duplicate conflict',
    filters: { kind: ['Code'], api: ['REST'] },
    code: 201,
  },
  {
    url: '/codes/429/',
    title: '429 Too Many Requests',
    text: '429 too many requests',
    filters: { kind: ['Reference'] },
    code: 429,
  },
  {
    url: '/graphql/errors/jwt-expired/',
    title: 'JWT is expired',
    text: 'jwt is expired handling',
    filters: { kind: ['Error message'] },
    code: 401,
  },
  {
    url: '/headers/x-auth-client/',
    title: 'X-Auth-Client',
    text: 'x-auth-client x auth client',
    filters: { kind: ['Header'], header: ['x-auth-client'] },
  },
  {
    url: '/headers/',
    title: 'Headers',
    text: 'headers x-auth-client x auth client x-auth-token',
    filters: { kind: ['Reference'] },
  },
  { url: '/', title: 'Home', text: 'web site for the api', filters: { kind: ['Reference'] } },
];

/**
 * An index that finds the pages holding every word by its start, as Pagefind does, and answers a
 * word no page holds with the pages holding its longest start (Pagefind: `webhook` finds "web").
 */
function fakeIndex(pages = PAGES): SearchIndex & { asked: string[] } {
  const asked: string[] = [];
  const words = (p: FakePage) => p.text.split(' ');
  const matching = (p: FakePage, term: string) => words(p).filter((w) => w.startsWith(term));
  const guess = (term: string) => {
    for (let end = term.length; end > 0; end--)
      if (pages.some((p) => matching(p, term.slice(0, end)).length)) return term.slice(0, end);
    return term;
  };
  return {
    asked,
    ask: async (term: string | null, filters: Filters) => {
      asked.push(JSON.stringify([term, filters]));
      const terms = (term ?? '').toLowerCase().split(' ').filter(Boolean).map(guess);
      return pages
        .filter((p) => Object.entries(filters).every(([name, value]) => p.filters?.[name]?.includes(value)))
        .filter((p) => terms.every((t) => matching(p, t).length))
        .map((p) => ({
          id: p.url,
          load: async () => ({
            data: {
              url: p.url,
              excerpt: '',
              meta: { title: p.title, ...(p.code && { code: String(p.code) }) },
              filters: p.filters,
            },
            matched: terms.flatMap((t) => matching(p, t)),
          }),
        }));
    },
  };
}

const search = (query: string, index = fakeIndex(), options = {}) =>
  runSearch(query, vocabulary, index, options);
const pagesOf = (answer: Awaited<ReturnType<typeof search>>) => [
  ...answer.exact.map((e) => e.url),
  ...answer.groups.map((g) => g.url),
];

describe('runSearch', () => {
  test('answers a word no page holds with nothing, and names it, instead of pages that start like it', async () => {
    const answer = await search('webhook');
    expect(answer).toMatchObject({ groups: [], unknown: ['webhook'] });
    expect(answer.answeredFor).toBeUndefined();
  });

  test('leaves out a word no page holds and answers the others, saying which they are', async () => {
    const answer = await search('webhook retry');
    expect(pagesOf(answer)).toEqual(['/guides/retries/', '/troubleshooting/rate-limited/']);
    expect(answer).toMatchObject({ unknown: ['webhook'], answeredFor: 'retry' });
  });

  test('answers fewer words when no page holds them all, leaving out the words on no page first', async () => {
    const index = fakeIndex();
    const answer = await search('capped backoff', index);
    expect(answer).toMatchObject({ unknown: ['capped'], answeredFor: 'backoff' });
    expect(pagesOf(answer)).toContain('/troubleshooting/rate-limited/');
    // Each question once, though the reading changed.
    expect(new Set(index.asked).size).toBe(index.asked.length);
  });

  test("leaves out the question's own words first when every word is on some page", async () => {
    const answer = await search('handling throttles');
    expect(answer).toMatchObject({ unknown: [], answeredFor: 'throttles' });
    expect(pagesOf(answer)).toEqual(['/guides/rate-limits/']);
    // A question asks for its subject at once.
    expect(await search('how to handle throttles')).toMatchObject({
      unknown: [],
      groups: [{ url: '/guides/rate-limits/' }],
    });
  });

  test('one word on no page does not sink the others: a code named among them leads', async () => {
    const answer = await search('conflict duplicate sku');
    expect(answer.unknown).toEqual(['sku']);
    expect(pagesOf(answer)).toEqual(['/rest/409/', '/rest/201/']);
  });

  test('reads a misspelling the index shows as a word of the vocabulary', async () => {
    const answer = await search('quota limt');
    expect(answer.reading.corrected).toBe('quota limit');
    expect(answer.unknown).toEqual([]);
  });

  test('never names a word of an exact answer as on no page, and shows its page once', async () => {
    const answer = await search('{"errors":[{"message":"JWT is expired"}]}');
    expect(answer.unknown).toEqual([]);
    expect(pagesOf(answer)).toEqual(['/graphql/errors/jwt-expired/']);
    const code = await search('HTTP/1.1 429 Too Many Requests');
    expect(pagesOf(code)).toEqual(['/rest/429/', '/troubleshooting/rate-limited/', '/codes/429/']);
  });

  test("answers a header line whose own value no page holds with the header's page first", async () => {
    const answer = await search('X-Auth-Client: abc123');
    expect(answer).toMatchObject({ unknown: ['abc123'], answeredFor: 'X-Auth-Client' });
    expect(pagesOf(answer)[0]).toBe('/headers/x-auth-client/');
  });

  test('keeps the filters the reader chose on every question', async () => {
    const answer = await search('retry', fakeIndex(), { filters: { kind: 'Flow' } });
    expect(pagesOf(answer)).toEqual(['/troubleshooting/rate-limited/']);
  });

  test('shows the best match early only when no later result can rank above it', async () => {
    const early = vi.fn();
    await search('backoff', fakeIndex(), { onFirst: early });
    expect(early).toHaveBeenCalledOnce();
    expect(early.mock.calls[0]![0].groups).toHaveLength(1);
    // A named code's page may come from a later question.
    const held = vi.fn();
    await search('conflict duplicate', fakeIndex(), { onFirst: held });
    expect(held).not.toHaveBeenCalled();
  });
});
