import { describe, expect, test } from 'vitest';
import {
  nearestCodes,
  nearestPages,
  parseCodePath,
  pathWords,
  type KnownCode,
  type PageRef,
} from './nearest';

const known: KnownCode[] = [400, 404, 422, 423, 429, 500].map((code) => ({
  api: 'rest',
  code,
  label: String(code),
  url: `/rest/${code}/`,
}));
known.push({ api: 'graphql', code: 401, label: '401', url: '/graphql/401/' });

describe('parseCodePath', () => {
  test.each([
    ['/rest/428/', { api: 'rest', code: 428 }],
    ['/rest/428', { api: 'rest', code: 428 }],
    ['/graphql/402/', { api: 'graphql', code: 402 }],
  ])('reads %s', (path, expected) => {
    expect(parseCodePath(path)).toEqual(expected);
  });
  test.each(['/rest/', '/rest/42/', '/rest/4290/', '/guides/x/', '/rest/428/extra/', '/<b>/428/'])(
    'ignores %s',
    (path) => {
      expect(parseCodePath(path)).toBeUndefined();
    },
  );
});

describe('nearestCodes', () => {
  test('returns the closest codes of the same API, nearest first', () => {
    expect(nearestCodes(known, 'rest', 428).map((k) => k.code)).toEqual([429, 423, 422]);
  });
  test('prefers the lower code on a tie', () => {
    expect(nearestCodes(known, 'rest', 426, 2).map((k) => k.code)).toEqual([423, 429]);
  });
  test('never suggests codes of another API', () => {
    expect(nearestCodes(known, 'rest', 401).map((k) => k.code)).not.toContain(401);
  });
  test('returns nothing for an unknown API', () => {
    expect(nearestCodes(known, 'soap', 401)).toEqual([]);
  });
});

describe('pathWords', () => {
  test('reads the words of an address', () => {
    expect(pathWords('/rest/too-many-requests/')).toBe('rest too many requests');
    expect(pathWords('/graphql/errors/JWT_Expired.html')).toBe('graphql jwt expired');
    expect(pathWords('/guides/rate%20limits/')).toBe('rate limits');
  });
  test("leaves out the site's folders, unless nothing else is left", () => {
    expect(pathWords('/guides/retry/')).toBe('retry');
    expect(pathWords('/Headers/x-retry-after/')).toBe('x retry after');
    expect(pathWords('/troubleshooting/rate-limit/')).toBe('rate limit');
    expect(pathWords('/codes/four-twenty-nine/')).toBe('four twenty nine');
    expect(pathWords('/guides/')).toBe('guides');
    expect(pathWords('/my-guides/retry/')).toBe('my guides retry');
  });
  test('keeps letters and digits only, and gives nothing for a long or broken address', () => {
    expect(pathWords('/%3Cscript%3Ealert(1)%3C/script%3E/')).toBe('script alert 1 script');
    expect(pathWords('/%E0%A4%A/x/')).toBe('e0 a4 a x');
    expect(pathWords(`/${'a/'.repeat(20)}`)).toBe('');
    expect(pathWords('/')).toBe('');
  });
});

describe('nearestPages', () => {
  const pages: PageRef[] = [
    { title: 'Home', href: '/' },
    { title: 'Guides', href: '/guides/' },
    { title: 'Pagination', href: '/guides/pagination/' },
    { title: 'Fields', href: '/guides/fields/' },
    { title: 'Filtering', href: '/guides/filtering/' },
    { title: 'X-Retry-After', href: '/headers/x-retry-after/' },
    { title: '429 Too Many Requests', href: '/rest/429/' },
    { title: '404 Not Found', href: '/rest/404/' },
    { title: '429 Too Many Requests', href: '/graphql/429/' },
  ];
  const nearest = (path: string) => nearestPages(pages, path).map((p) => p.href);

  test('finds a page whose slug is mistyped', () => {
    expect(nearest('/guides/pagnation/')).toEqual(['/guides/pagination/']);
    expect(nearest('/guides/filtring')).toEqual(['/guides/filtering/']);
    expect(nearest('/headers/x-retry-afer/')).toEqual(['/headers/x-retry-after/']);
    expect(nearest('/guide/')).toEqual(['/guides/']);
  });

  test('puts the nearer whole address first among pages as near', () => {
    expect(nearest('/graphql/4299/')).toEqual(['/graphql/429/', '/rest/429/']);
  });

  test('finds a page by its title when the address names it in words', () => {
    expect(nearest('/rest/too-many-requests/')).toEqual(['/rest/429/', '/graphql/429/']);
  });

  test('offers nothing for an address unlike any page', () => {
    expect(nearest('/wp-admin/setup.php')).toEqual([]);
    expect(nearest('/xyz/')).toEqual([]);
  });

  test('reads escapes and case as a browser would, and survives a malformed one', () => {
    expect(nearest('/Guides/Pagnation/')).toEqual(['/guides/pagination/']);
    expect(nearest('/guides/pag%6Eation/')).toEqual(['/guides/pagination/']);
    expect(() => nearest('/guides/%E0%A4%A/')).not.toThrow();
  });
});
