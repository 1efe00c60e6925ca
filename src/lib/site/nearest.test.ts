import { describe, expect, test } from 'vitest';
import { nearestCodes, parseCodePath, pathWords, type KnownCode } from './nearest';

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
