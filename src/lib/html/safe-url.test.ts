import { describe, expect, test } from 'vitest';
import { unsafeUrlReason } from './safe-url';

describe('unsafeUrlReason', () => {
  test.each([
    '/rest/429/',
    '/rest/429/#retry',
    '#causes',
    '../404/',
    'retries/',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20',
    'http://example.com/',
    '//cdn.example.com/x',
    'mailto:support@example.com',
    'tel:+15555550100',
  ])('allows %s', (url) => {
    expect(unsafeUrlReason(url)).toBeUndefined();
  });

  test.each([
    ['javascript:alert(1)', 'a javascript: URL runs code when followed'],
    ['JaVaScRiPt:alert(1)', 'a javascript: URL runs code when followed'],
    [' javascript:alert(1)', 'a javascript: URL runs code when followed'],
    ['java\tscript:alert(1)', 'a javascript: URL runs code when followed'],
    ['java\nscript:alert(1)', 'a javascript: URL runs code when followed'],
    ['&#106;avascript:alert(1)', 'a javascript: URL runs code when followed'],
    ['&#x6A;avascript&colon;alert(1)', 'a javascript: URL runs code when followed'],
    ['vbscript:msgbox(1)', 'a vbscript: URL runs code when followed'],
    ['data:text/html,<script>alert(1)</script>', 'a data: URL can hold a page with scripts of its own'],
    ['DATA:image/svg+xml;base64,PHN2Zz4=', 'a data: URL can hold a page with scripts of its own'],
  ])('refuses %j: %s', (url, reason) => {
    expect(unsafeUrlReason(url)).toBe(reason);
  });

  test('refuses any other scheme, saying which links are allowed', () => {
    expect(unsafeUrlReason('file:///etc/passwd')).toBe(
      'file: links are not allowed: link to a page of the site, or to an http, https, mailto or tel address',
    );
    expect(unsafeUrlReason('blob:https://example.com/1')).toMatch(/^blob: links are not allowed/);
  });

  test('refuses an address that does not parse', () => {
    expect(unsafeUrlReason('http://[oops/')).toBe('not a valid URL');
  });
});
