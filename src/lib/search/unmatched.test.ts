import { describe, expect, test } from 'vitest';
import { matchedWords, unmatchedTerms } from './unmatched';

describe('unmatched words', () => {
  test('the matched words are the content words at the positions Pagefind reports', () => {
    const content = 'It comes from the nginx web server. Retry: later';
    expect(matchedWords(content, [5, 7])).toEqual(['web', 'Retry:']);
    expect(matchedWords(content, [99])).toEqual([]);
  });

  test('a word only a shorter word stands for is unmatched', () => {
    // What Pagefind answers for words that no page holds (seen in the built index).
    expect(unmatchedTerms('webhook', ['web', 'Web'])).toEqual(['webhook']);
    expect(unmatchedTerms('xyzzy', ['-X'])).toEqual(['xyzzy']);
    expect(unmatchedTerms('webhook retry', ['web', 'Retry:'])).toEqual(['webhook']);
  });

  test('other forms of a word match it: endings, continuations and parts of compound names', () => {
    expect(unmatchedTerms('retries', ['Retry:'])).toEqual([]);
    expect(unmatchedTerms('sorting', ['"sort_order":'])).toEqual([]);
    expect(unmatchedTerms('rate limits', ['Rate', 'limit'])).toEqual([]);
    expect(unmatchedTerms('paginat', ['pagination'])).toEqual([]);
    expect(unmatchedTerms('requests-left', ['X-Rate-Limit-Requests-Left.'])).toEqual([]);
    expect(unmatchedTerms('price:min', ['price:min=10.'])).toEqual([]);
    expect(unmatchedTerms('JWT is expired', ['JWT', 'is', 'expired.'])).toEqual([]);
  });

  test('a plural matches its singular, however short', () => {
    // "filter by multiple ids" said no page mentions "ids": Pagefind finds "ID", two letters in common.
    expect(unmatchedTerms('ids', ['ID'])).toEqual([]);
    expect(unmatchedTerms('statuses', ['status'])).toEqual([]);
    expect(unmatchedTerms('ids', ['I'])).toEqual(['ids']);
    expect(unmatchedTerms('ads', ['ID'])).toEqual(['ads']);
    expect(unmatchedTerms('idea', ['ID'])).toEqual(['idea']);
  });

  test('a short word must match whole at the start, and one- or two-character words are not judged', () => {
    expect(unmatchedTerms('jwt', ['jot'])).toEqual(['jwt']);
    expect(unmatchedTerms('sort', ['sop'])).toEqual(['sort']);
    expect(unmatchedTerms('42 is ok', ['429'])).toEqual([]);
  });

  test('a number of three digits or more matches only by its start', () => {
    expect(unmatchedTerms('429', ['(429)'])).toEqual([]);
    expect(unmatchedTerms('250', ['page=2&limit=250'])).toEqual([]);
    expect(unmatchedTerms('418', ['415'])).toEqual(['418']);
    expect(unmatchedTerms('1000', ['1000ms'])).toEqual([]);
  });
});
