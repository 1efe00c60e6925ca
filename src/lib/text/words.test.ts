import { describe, expect, test } from 'vitest';
import { asWords, topicKey, wordsOf } from './words';

describe('wordsOf', () => {
  test('splits at anything but letters and digits, in lower case', () => {
    expect(wordsOf('X-Retry-After: 15, Größe')).toEqual(['x', 'retry', 'after', '15', 'größe']);
    expect(asWords('  Not   Found. ')).toBe('not found');
  });
});

describe('topicKey', () => {
  test('reads a title or a query as one subject, each word singular', () => {
    expect(topicKey('Retries')).toBe('retry');
    expect(topicKey('retry')).toBe('retry');
    expect(topicKey('Media types')).toBe('media type');
    expect(topicKey('Rate-limits')).toBe('rate limit');
    expect(topicKey('Request headers')).toBe('request header');
    // Words that end in s without being plurals, and short words, stay.
    expect(topicKey('status access basis ids')).toBe('status access basis ids');
    expect(topicKey('Pagination')).toBe('pagination');
  });
});
