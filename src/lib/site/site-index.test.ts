import { describe, expect, test } from 'vitest';
import { buildModel } from '~/lib/content/model';
import { code, content, flow, header, message } from '~/test-fixtures/model';
import { buildSiteIndex, indexedPages } from './site-index';

describe('buildSiteIndex', () => {
  const model = buildModel(
    content({
      codes: [code('rest', 429), code('rest', 404), code('gql', 401)],
      graphqlErrors: [message('jwt-expired')],
      headers: [header('X-Retry-After')],
      flows: [flow('rate-limited')],
    }),
  );
  const index = buildSiteIndex(model);

  test('lists the pages by kind: each API’s codes and messages, numbers, headers, flows, the rest', () => {
    expect(index.map((g) => g.title)).toEqual([
      'rest API status codes',
      'gql API status codes',
      'gql API error messages',
      'Status codes by number',
      'HTTP headers',
      'Troubleshooting',
      'More',
    ]);
    expect(index[0]!.overview).toEqual({ title: 'All rest status codes', href: '/rest/' });
    expect(index[0]!.pages.map((p) => p.href)).toEqual(['/rest/404/', '/rest/429/']);
    expect(index[2]!.pages).toEqual([{ title: 'jwt-expired', href: '/gql/errors/jwt-expired/' }]);
  });

  test('reaches every page the site builds, numbers no API lists included', () => {
    const hrefs = indexedPages(index).map((p) => p.href);
    for (const href of ['/', '/codes/', '/codes/401/', '/codes/502/', '/headers/x-retry-after/'])
      expect(hrefs).toContain(href);
    expect(hrefs).toContain('/troubleshooting/rate-limited/');
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  test('leaves out the kinds the content has none of', () => {
    const bare = buildSiteIndex(buildModel(content()));
    expect(bare.map((g) => g.title)).not.toContain('HTTP headers');
    expect(indexedPages(bare).map((p) => p.href)).not.toContain('/headers/');
  });
});
