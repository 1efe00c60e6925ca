import { describe, expect, test } from 'vitest';
import { highlightTerms, MAX_QUERY_LENGTH, normalizeQuery } from './query-text';

describe('normalizeQuery', () => {
  test('collapses white space and caps the length', () => {
    expect(normalizeQuery('  rate \n\t limit ')).toBe('rate limit');
    expect(normalizeQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  test('strips the characters that change how text is drawn', () => {
    expect(normalizeQuery('\u202Eretry\u202C \u2066429\u2069\u200B')).toBe('retry 429');
  });
});

describe('highlightTerms', () => {
  test('keeps distinct words of two characters or more, at most five', () => {
    expect(highlightTerms('Rate limit a "rate" LIMIT headers x-retry-after one two three')).toEqual([
      'rate',
      'limit',
      'headers',
      'x-retry-after',
      'one',
    ]);
  });
  test('drops markup characters', () => {
    expect(highlightTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '/script']);
  });
});
