import { describe, expect, test } from 'vitest';
import { inlineMarkdown, plainText } from './markdown';

describe('inlineMarkdown', () => {
  test('renders code spans, emphasis and links as inline HTML', () => {
    expect(inlineMarkdown('Send `Accept` to [406](/rest/406/), **now**')).toBe(
      'Send <code>Accept</code> to <a href="/rest/406/">406</a>, <strong>now</strong>',
    );
  });
});

describe('plainText', () => {
  test('keeps link texts and drops code ticks and emphasis', () => {
    expect(plainText('An `errors` array; see [401 Unauthorized](/rest/401/), **always**.')).toBe(
      'An errors array; see 401 Unauthorized, always.',
    );
  });

  test('keeps the underscores of snake_case names, in code spans and in prose', () => {
    expect(plainText('Use `include_fields` or `exclude_fields`.')).toBe(
      'Use include_fields or exclude_fields.',
    );
    expect(plainText('Sort by date_modified or date_created.')).toBe(
      'Sort by date_modified or date_created.',
    );
  });

  test('gives back characters as written, not as HTML entities', () => {
    expect(plainText(`The store's "orders" & 1 < 2`)).toBe(`The store's "orders" & 1 < 2`);
  });

  test('leaves text without Markdown unchanged', () => {
    const text = 'Every HTTP status code the API returns, by class, with what each means.';
    expect(plainText(text)).toBe(text);
  });
});
