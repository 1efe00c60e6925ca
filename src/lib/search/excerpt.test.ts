import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptSegments, inlineText, markedSegments, withoutLeadingTitle } from './excerpt';

describe('excerptSegments', () => {
  test('splits marks from plain text and decodes entities', () => {
    expect(excerptSegments('Send <mark>Content-Type</mark> &amp; &lt;b&gt; &#x27;x&#39;')).toEqual([
      { text: 'Send ', mark: false },
      { text: 'Content-Type', mark: true },
      { text: " & <b> 'x'", mark: false },
    ]);
  });
  test('drops any other tag instead of rendering it', () => {
    expect(excerptSegments('<img src=x onerror=alert(1)>hi <mark>x</mark>')).toEqual([
      { text: 'hi ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
  test('leaves unknown or out-of-range entities as written', () => {
    expect(decodeEntities('&bogus; &#9999999999;')).toBe('&bogus; &#9999999999;');
  });
});

describe('withoutLeadingTitle', () => {
  test('drops the title an excerpt starts with, marked or not, and the stop after it', () => {
    expect(
      withoutLeadingTitle(excerptSegments('How to fix it. Create a new token'), 'How to fix it'),
    ).toEqual([{ text: 'Create a new token', mark: false }]);
    expect(
      withoutLeadingTitle(
        excerptSegments('<mark>JWT</mark> is <mark>expired</mark>. Sent with HTTP 401'),
        'JWT is expired',
      ),
    ).toEqual([{ text: 'Sent with HTTP 401', mark: false }]);
    expect(withoutLeadingTitle(excerptSegments('Pacing:  <mark>requests</mark> evenly'), 'pacing')).toEqual([
      { text: 'requests', mark: true },
      { text: ' evenly', mark: false },
    ]);
    expect(
      withoutLeadingTitle(excerptSegments('Which one did you get? The first'), 'Which one did you get?'),
    ).toEqual([{ text: 'The first', mark: false }]);
  });

  test("keeps an excerpt that only starts with the title's words, or is nothing but the title", () => {
    for (const [html, title] of [
      ['How to fix it quickly', 'How to fix'],
      ['Retry after the window. Wait', 'Retry after the window resets'],
      ['What it means.', 'What it means'],
      ['The quota (per store)', '(per store'],
    ]) {
      const segments = excerptSegments(html!);
      expect(withoutLeadingTitle(segments, title!)).toEqual(segments);
    }
  });
});

describe('markedSegments', () => {
  test('marks the searched words whatever their case and punctuation, and joins the rest', () => {
    expect(
      markedSegments('GraphQL credentials were missing. No token was sent.', ['missing', 'no', 'token']),
    ).toEqual([
      { text: 'GraphQL credentials were ', mark: false },
      { text: 'missing.', mark: true },
      { text: ' ', mark: false },
      { text: 'No', mark: true },
      { text: ' ', mark: false },
      { text: 'token', mark: true },
      { text: ' was sent.', mark: false },
    ]);
    expect(markedSegments('Unknown JWT token', [])).toEqual([{ text: 'Unknown JWT token', mark: false }]);
    // A term of punctuation alone marks nothing, spaces included.
    expect(markedSegments('Unknown JWT token', ['"', '.'])).toEqual([
      { text: 'Unknown JWT token', mark: false },
    ]);
  });
});

describe('inlineText', () => {
  test('reads inline Markdown as plain text, leaving code spans as written', () => {
    expect(inlineText('Send `Accept: application/json`, see [media types](/guides/media-types/).')).toBe(
      'Send Accept: application/json, see media types.',
    );
    expect(inlineText('**Never** retry *as is*; `a*b*c` and 2 * 3 stay.')).toBe(
      'Never retry as is; a*b*c and 2 * 3 stay.',
    );
    expect(inlineText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
