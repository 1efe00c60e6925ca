import { describe, expect, it } from 'vitest';
import { clipped } from './clip';

describe('clipped', () => {
  it('keeps a short text whole', () => {
    expect(clipped('b c', 3)).toBe('b c');
  });

  it('cuts a long text and counts what it left out', () => {
    expect(clipped('b' + ' c'.repeat(160_000), 1_000)).toBe(
      `b${' c'.repeat(499)} … (319,001 more characters)`,
    );
  });

  it('never splits an emoji', () => {
    expect(clipped('ab😀cd', 3)).toBe('ab… (4 more characters)');
  });
});
