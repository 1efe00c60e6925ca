import { describe, expect, test } from 'vitest';
import { editDistance, mayMean, meantWord } from './spelling';

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('limit', 'limit', 2)).toBe(0);
    expect(editDistance('limt', 'limit', 2)).toBe(1);
    expect(editDistance('retires', 'retries', 2)).toBe(1);
    expect(editDistance('sever', 'server', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
  test('stops at the most it is asked about', () => {
    expect(editDistance('webhook', 'website', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('mayMean', () => {
  test('allows one edit from four letters, two from eight, with the same first letter', () => {
    expect(mayMean('limt', 'limit')).toBe(true);
    expect(mayMean('unauthroized', 'unauthorized')).toBe(true);
    expect(mayMean('reqests', 'requests')).toBe(true);
    expect(mayMean('jwt', 'jot')).toBe(false);
    expect(mayMean('imit', 'limit')).toBe(false);
    expect(mayMean('accept', 'accepted')).toBe(false);
  });
});

describe('meantWord', () => {
  test('picks the nearest known word, and none when two are as near', () => {
    expect(meantWord('expried', ['expired', 'expires', 'explained'])).toBe('expired');
    expect(meantWord('limt', ['limit', 'lines'])).toBe('limit');
    expect(meantWord('limt', ['limit', 'list'])).toBeUndefined();
    expect(meantWord('webhook', ['web', 'website'])).toBeUndefined();
  });
});
