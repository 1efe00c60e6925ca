import { describe, expect, test } from 'vitest';
import { highlight, roleClass } from './highlight';

describe('highlight', () => {
  test('marks token roles with classes, never inline styles', async () => {
    const html = await highlight('GET /v3/catalog/products HTTP/1.1\nX-Auth-Token: {{access_token}}', 'http');
    expect(html).toContain('<span class="hl-keyword">GET</span>');
    expect(html).toContain('<span class="hl-string-expression">X-Auth-Token</span>');
    expect(html).not.toContain('style=');
    expect(html.split('\n')).toHaveLength(2);
  });

  test.each([
    ['json', '{"a": 1}', 'hl-constant'],
    ['shellscript', 'curl --url "https://a.example/$X"', 'hl-string'],
    ['javascript', "const A = 'a';", 'hl-keyword'],
    ['python', 'import requests', 'hl-keyword'],
    ['php', "<?php\nconst A = 'a';", 'hl-keyword'],
    ['go', 'package main', 'hl-keyword'],
    ['ruby', "require 'uri'", 'hl-string-expression'],
  ] as const)('highlights %s', async (grammar, code, role) => {
    expect(await highlight(code, grammar)).toContain(`class="${role}"`);
  });

  test('escapes the text, and leaves plain text plain', async () => {
    expect(await highlight('a < b && c', 'text')).toBe('a &lt; b &amp;&amp; c');
    expect(await highlight('const a = "<b>";', 'javascript')).toContain('&lt;b&gt;');
  });

  test('roleClass: a class for a token role, none for plain text', () => {
    expect(roleClass('var(--hl-token-comment)')).toBe('hl-comment');
    expect(roleClass('var(--hl-foreground)')).toBeUndefined();
    expect(roleClass(undefined)).toBeUndefined();
  });
});
