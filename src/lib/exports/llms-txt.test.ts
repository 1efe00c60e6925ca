import { expect, test } from 'vitest';
import { clean } from './llms-txt';

test('clean: one line, links reduced to their text, no stray brackets', () => {
  expect(clean('Wait; see the [rate limits guide](/guides/rate-limits/).')).toBe(
    'Wait; see the rate limits guide.',
  );
  expect(clean('Two\n  lines, `code` kept')).toBe('Two lines, `code` kept');
  expect(clean('An array [0] and a [link](/a/) [b](/b/)')).toBe('An array 0 and a link b');
});
