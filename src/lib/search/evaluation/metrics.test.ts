import { describe, expect, test } from 'vitest';
import { problemsOf, rankOf, scoresOf, unknownInStatus, type EvaluationCase } from './metrics';

const entry = (answers: string[], more: Partial<EvaluationCase> = {}): EvaluationCase => ({
  q: 'q',
  answers,
  kind: 'words',
  ...more,
});

describe('rankOf', () => {
  test('is the place of the first answer among the pages shown', () => {
    expect(rankOf(entry(['/b/', '/c/']), { pages: ['/a/', '/c/', '/b/'], unknown: [] })).toBe(2);
    expect(rankOf(entry(['/z/']), { pages: ['/a/'], unknown: [] })).toBeUndefined();
  });
  test('answers a query the site does not cover at rank 1 when no page is shown', () => {
    expect(rankOf(entry([]), { pages: [], unknown: ['webhook'] })).toBe(1);
    expect(rankOf(entry([]), { pages: ['/a/'], unknown: [] })).toBeUndefined();
  });
});

describe('problemsOf', () => {
  test("reports a bound the outcome breaks, and words named against the entry's", () => {
    const bounded = entry(['/a/'], { within: 1, also: { '/b/': 2 }, unknown: ['sku'] });
    expect(problemsOf(bounded, { pages: ['/a/', '/b/'], unknown: ['sku'] })).toEqual([]);
    expect(problemsOf(bounded, { pages: ['/b/', '/c/', '/a/'], unknown: [] })).toEqual([
      'should put /a/ in the top 1: /b/ | /c/ | /a/',
      'should name "sku" as found nowhere, named none',
    ]);
    expect(problemsOf(entry(['/a/']), { pages: ['/a/'], unknown: ['jwt'] })).toEqual([
      'should name no word as found nowhere, named "jwt"',
    ]);
  });
});

describe('scoresOf', () => {
  test('gives top-1, top-3 and the mean reciprocal rank of the first ten', () => {
    expect(scoresOf([1, 2, undefined, 11])).toEqual({ queries: 4, top1: 0.25, top3: 0.5, mrr10: 1.5 / 4 });
  });
});

describe('unknownInStatus', () => {
  test('reads the words a status line names as found on no page', () => {
    expect(unknownInStatus('No page mentions “webhook” or “x: y”: 3 results for “retry”')).toEqual([
      'webhook',
      'x: y',
    ]);
    expect(unknownInStatus('3 results for “No page mentions”')).toEqual([]);
  });
});
