import { describe, expect, test } from 'vitest';
import { groupOf, withHighlight } from './group';

describe('groupOf', () => {
  test("keeps a page's address without index.html, its facts, and only sections with their own anchor", () => {
    expect(
      groupOf({
        url: '/rest/index.html',
        excerpt: 'x',
        meta: { title: 'REST codes', code: '429' },
        filters: { kind: ['Reference'], api: ['REST'], list: ['codes'] },
        sub_results: [
          { title: 'REST codes', url: '/rest/', excerpt: '' },
          { title: 'Too Many Requests', url: '/rest/#code-429', excerpt: 'e' },
        ],
      }),
    ).toEqual({
      url: '/rest/',
      title: 'REST codes',
      excerpt: 'x',
      kind: 'Reference',
      api: 'REST',
      code: 429,
      filters: { kind: ['Reference'], api: ['REST'], list: ['codes'] },
      sections: [{ title: 'Too Many Requests', url: '/rest/#code-429', excerpt: 'e' }],
    });
  });

  test("puts the anchor's section first, even from beyond the first few", () => {
    const section = (anchor: string) => ({ title: anchor, url: `/guides/filtering/#${anchor}`, excerpt: '' });
    const group = groupOf(
      {
        url: '/guides/filtering/',
        excerpt: 'x',
        meta: { title: 'Filtering' },
        sub_results: ['a', 'b', 'c', 'd', 'operator-in'].map(section),
      },
      'operator-in',
    );
    expect(group.sections.map((s) => s.title)).toEqual(['operator-in', 'a', 'b']);
  });
});

describe('withHighlight', () => {
  test('puts the terms before the fragment', () => {
    expect(withHighlight('/rest/#code-429', ['rate', 'limit'])).toBe('/rest/?hl=rate%20limit#code-429');
    expect(withHighlight('/rest/429/', [])).toBe('/rest/429/');
  });
});
