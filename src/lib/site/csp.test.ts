import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, readHeaderRules } from '../../../scripts/static-server.mjs';
import { HEADER_RULES, headersFile, IMMUTABLE, hashSource, pagePolicy, SITE_POLICY } from './csp';

/** A policy's directives by name. */
const directives = (policy: string) =>
  new Map(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

describe('hashSource', () => {
  test('is the base64 SHA-256 of the text, as CSP names inline code', () => {
    // Computed apart: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  test('hashes the text as UTF-8, as browsers do', () => {
    expect(hashSource('“')).toBe("'sha256-RcqEVAly0MGc1tXqwDkDNQdpT8UBUvocuDk4FV+umQM='");
  });
});

describe('pagePolicy', () => {
  const policy = directives(pagePolicy({ scripts: ['a()', 'b()', 'a()'], styles: ['p{}'] }));

  test('allows only what is named: the page’s scripts and style by hash, the rest from the site', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      hashSource('a()'),
      hashSource('b()'),
    ]);
    expect(policy.get('style-src')).toEqual([hashSource('p{}')]);
    for (const name of ['img-src', 'connect-src']) expect(policy.get(name)).toEqual(["'self'"]);
    // No worker: default-src 'none' refuses them all.
    expect(policy.get('worker-src')).toBeUndefined();
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  test('never allows inline code by a blanket keyword', () => {
    expect(pagePolicy({ scripts: [], styles: [] })).not.toMatch(
      /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/,
    );
  });

  test('allows no style where the page has none', () => {
    expect(directives(pagePolicy({ scripts: [], styles: [] })).get('style-src')).toEqual(["'none'"]);
  });

  test('leaves frame-ancestors to the header: a meta element cannot carry it', () => {
    expect(policy.has('frame-ancestors')).toBe(false);
  });
});

describe('SITE_POLICY', () => {
  test('forbids framing and names no fetch directive, which would refuse the pages’ hashed code', () => {
    const site = directives(SITE_POLICY);
    expect(site.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...site.keys()].filter((name) => name.endsWith('-src'))).toEqual([]);
  });
});

describe('headersFile', () => {
  test('reads back, with Netlify’s own parser, as the rules it was written from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    try {
      writeFileSync(join(dir, '_headers'), headersFile());
      const rules = await readHeaderRules(join(dir, '_headers'));
      expect(rules.map((rule) => ({ path: rule.for, headers: rule.values }))).toEqual(HEADER_RULES);

      const page = headersFor(rules, '/rest/429/');
      expect(page['Content-Security-Policy']).toBe(SITE_POLICY);
      expect(page['Referrer-Policy']).toBe('same-origin');
      expect(page['X-Content-Type-Options']).toBe('nosniff');
      expect(page['Cache-Control']).toBeUndefined();
      // Only Astro's bundles have content-hashed names; Pagefind's loader and the search and
      // tool bundles keep theirs from build to build.
      expect(headersFor(rules, '/_astro/page.BZ_wKbOR.js')['Cache-Control']).toBe(IMMUTABLE);
      for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/_search/ui.js'])
        expect(headersFor(rules, path)['Cache-Control']).toBeUndefined();
      // Pagefind's gzip files go out as gzip-encoded; its loader and entry file are plain, and the
      // server compresses them.
      for (const path of [
        '/pagefind/pagefind.en_1e629bb056.pf_meta',
        '/pagefind/wasm.en.pagefind',
        '/pagefind/wasm.unknown.pagefind',
        '/pagefind/index/en_c0c124d.pf_index',
        '/pagefind/fragment/en_87e043f.pf_fragment',
        '/pagefind/filter/en_b772df3.pf_filter',
      ])
        expect(headersFor(rules, path)['Content-Encoding']).toBe('gzip');
      for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/rest/429/'])
        expect(headersFor(rules, path)['Content-Encoding']).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
