import { describe, expect, test } from 'vitest';
import { highlightTerms, MAX_QUERY_LENGTH, normalizeQuery } from './query-text';

describe('normalizeQuery', () => {
  test('collapses white space and caps the length', () => {
    expect(normalizeQuery('  rate \n\t limit ')).toBe('rate limit');
    expect(normalizeQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  test('drops text direction controls, which match nothing', () => {
    expect(normalizeQuery('\u202Erate limit\u202C \u2066429\u2069')).toBe('rate limit 429');
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
