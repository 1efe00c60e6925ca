import { describe, expect, test } from 'vitest';
import { resultGroup, vocabulary } from './test-fixtures/vocabulary';
import type { ResultGroup } from './group';
import { leadsForSure, rankResults, Tier, tier } from './rank';
import { readQuery } from './reading';
import { buildVocabulary } from './vocabulary';

const urls = (groups: { url: string }[]) => groups.map((g) => g.url);
const ranked = (query: string, groups: ResultGroup[], codes = vocabulary.codes) =>
  urls(rankResults(groups, readQuery(query, vocabulary), codes));
const page = (
  url: string,
  title: string,
  code?: number,
  kind = code === undefined ? 'Header' : 'Reference',
) => resultGroup(url, { title, code, kind });

describe('tier', () => {
  const tierOf = (query: string, group: ResultGroup) =>
    tier(group, readQuery(query, vocabulary), vocabulary.codes);

  test('names the header, the guide or the lists a query names, and the guide of its operator', () => {
    const header = resultGroup('/headers/accept/', { kind: 'Header', filters: { header: ['accept'] } });
    expect(tierOf('accept header', header)).toBe(Tier.Named);
    expect(tierOf('accept', header)).toBe(Tier.Found);
    const guide = resultGroup('/guides/retries/', { kind: 'Guide', filters: { topic: ['retry'] } });
    expect(tierOf('retries', guide)).toBe(Tier.Named);
    const rows = resultGroup('/guides/filtering/', { kind: 'Guide', filters: { operator: ['in', 'like'] } });
    const builder = resultGroup('/tools/query-builder/', { kind: 'Tool', filters: { operator: ['in'] } });
    expect([tierOf('id:in', rows), tierOf('id:in', builder)]).toEqual([Tier.Named, Tier.Found]);
    const restList = resultGroup('/rest/', { api: 'REST', filters: { list: ['codes'] } });
    const allList = resultGroup('/codes/', { filters: { list: ['codes'] } });
    expect([tierOf('error codes', restList), tierOf('error codes', allList)]).toEqual([
      Tier.Named,
      Tier.Named,
    ]);
    expect([tierOf('graphql error codes', restList), tierOf('graphql error codes', allList)]).toEqual([
      Tier.Found,
      Tier.Found,
    ]);
  });

  test('puts the page of a code or header named among other words next', () => {
    const conflict = resultGroup('/rest/409/', { kind: 'Code', code: 409 });
    expect(tierOf('conflict duplicate sku', conflict)).toBe(Tier.Mentioned);
    const token = resultGroup('/headers/x-auth-token/', {
      kind: 'Header',
      filters: { header: ['x-auth-token'] },
    });
    expect(tierOf('how do I send the auth token', token)).toBe(Tier.Mentioned);
  });

  test('puts the number page of a code no API lists next when its name stands among other words', () => {
    const withGateway = buildVocabulary({
      codes: vocabulary.codes,
      messages: vocabulary.messages,
      filters: {},
      undocumented: [{ code: 504, names: ['Gateway Timeout'] }],
    });
    const reading = readQuery('gateway timeout nginx', withGateway);
    expect(reading.mentions.codes).toEqual([504]);
    expect(tier(page('/codes/504/', '504 Gateway Timeout', 504), reading, withGateway.codes)).toBe(
      Tier.Mentioned,
    );
    // A listed code's number page sums up its API pages, mentioned or not.
    expect(tierOf('conflict duplicate sku', page('/codes/409/', '409 Conflict', 409))).toBe(Tier.Summary);
  });

  test('puts the number page of a code an API lists below the other pages, as a summary', () => {
    expect(tierOf('401', page('/codes/401/', '401 Unauthorized', 401))).toBe(Tier.Summary);
    expect(tierOf('401', page('/rest/401/', '401 Unauthorized', 401, 'Code'))).toBe(Tier.Found);
  });
});

describe('rankResults', () => {
  const results = [
    page('/codes/511/', '511 Network Authentication Required', 511),
    page('/codes/407/', '407 Proxy Authentication Required', 407),
    page('/headers/x-auth-token/', 'X-Auth-Token'),
    page('/rest/401/', '401 Unauthorized', 401, 'Code'),
  ];

  test('moves the number pages of codes no API lists after the others, in their order', () => {
    expect(ranked('authentication', results)).toEqual([
      '/headers/x-auth-token/',
      '/rest/401/',
      '/codes/511/',
      '/codes/407/',
    ]);
  });

  test('names such a page when the query names its number or its whole name', () => {
    expect(ranked('511', results)[0]).toBe('/codes/511/');
    expect(ranked('HTTP 407 auth', results)[0]).toBe('/codes/407/');
    expect(ranked('Proxy authentication required', results).slice(0, 3)).toEqual([
      '/codes/407/',
      '/headers/x-auth-token/',
      '/rest/401/',
    ]);
  });

  test('moves nothing down without a list of the codes the APIs use', () => {
    expect(ranked('authentication', results, [])).toEqual(urls(results));
  });

  // "rate limit exceeded" opened 509 Bandwidth Limit Exceeded, which the current docs answer with 429.
  const limits = [
    page('/rest/509/', '509 Bandwidth Limit Exceeded', 509, 'Code'),
    page('/codes/509/', '509 Bandwidth Limit Exceeded', 509),
    page('/rest/429/', '429 Too Many Requests', 429, 'Code'),
    page('/codes/508/', '508 Loop Detected', 508),
    resultGroup('/guides/rate-limits/', { title: 'Rate limits', kind: 'Guide' }),
  ];

  test('moves the pages of a legacy code after current ones, above codes no API lists', () => {
    expect(ranked('rate limit exceeded', limits)).toEqual([
      '/rest/429/',
      '/guides/rate-limits/',
      '/rest/509/',
      '/codes/509/',
      '/codes/508/',
    ]);
  });

  test("keeps a legacy code's pages in place, its own page first, when the query names it or part of its name", () => {
    expect(ranked('509', limits).slice(0, 2)).toEqual(['/rest/509/', '/rest/429/']);
    expect(ranked('bandwidth', limits).slice(0, 2)).toEqual(['/rest/509/', '/rest/429/']);
    expect(ranked('bandwidth', limits).indexOf('/codes/509/')).toBeLessThan(
      ranked('bandwidth', limits).indexOf('/codes/508/'),
    );
    // Part of its name is enough for a code of the API's own, not for one no API lists.
    expect(ranked('loop', limits).at(-1)).toBe('/codes/508/');
  });

  test('keeps the index order within each tier', () => {
    const found = [page('/a/', 'A'), page('/b/', 'B'), page('/c/', 'C')];
    expect(ranked('anything', found)).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('leadsForSure', () => {
  const reading = (query: string) => readQuery(query, vocabulary);
  const guide = resultGroup('/guides/media-types/', { kind: 'Guide', filters: { topic: ['media type'] } });
  const code = resultGroup('/rest/406/', { kind: 'Code', code: 406, title: '406 Not Acceptable' });

  test('lets a page lead alone only when no other result can rank above it', () => {
    expect(leadsForSure(guide, reading('media type'), vocabulary.codes)).toBe(true);
    expect(leadsForSure(code, reading('media type'), vocabulary.codes)).toBe(false);
    expect(leadsForSure(code, reading('not acceptable media'), vocabulary.codes)).toBe(true);
  });

  test('holds back a page that a page found later may pass: a summary, or a page below a named one', () => {
    const summary = page('/codes/401/', '401 Unauthorized', 401);
    expect(leadsForSure(summary, reading('unauthorized token'), vocabulary.codes)).toBe(false);
    const legacy = page('/rest/509/', '509 Bandwidth Limit Exceeded', 509, 'Code');
    expect(leadsForSure(legacy, reading('rate limit exceeded'), vocabulary.codes)).toBe(false);
    const header = resultGroup('/headers/content-type/', {
      kind: 'Header',
      filters: { header: ['content-type'] },
    });
    expect(leadsForSure(header, reading('which content type should I send'), vocabulary.codes)).toBe(true);
    expect(leadsForSure(code, reading('which content type should I send'), vocabulary.codes)).toBe(false);
  });
});
