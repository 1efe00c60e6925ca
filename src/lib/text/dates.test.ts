import { describe, expect, test } from 'vitest';
import { longDate } from './dates';

describe('longDate', () => {
  test('writes the day in US English, in full', () => {
    expect(longDate(new Date('2026-12-07T12:00:00Z'))).toBe('December 7, 2026');
  });

  test('reads the day in UTC, whatever the machine’s time zone', () => {
    expect(longDate(new Date('2026-03-01T00:30:00+02:00'))).toBe('February 28, 2026');
  });
});
