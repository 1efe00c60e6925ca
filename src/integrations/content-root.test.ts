import { describe, expect, test } from 'vitest';
import { buildPaths, contentRoot } from './content-root';

describe('contentRoot', () => {
  test('is content/ by default', () => {
    expect(contentRoot({})).toBe('content');
    expect(contentRoot({ DOCS_CONTENT: '  ' })).toBe('content');
  });
  test('follows DOCS_CONTENT, without a trailing slash', () => {
    expect(contentRoot({ DOCS_CONTENT: 'examples/subscriptions-api/' })).toBe('examples/subscriptions-api');
  });
});

describe('buildPaths', () => {
  test('builds the default content into dist/', () => {
    expect(buildPaths({})).toEqual({
      contentRoot: 'content',
      outDir: 'dist',
      cacheDir: '.astro/cache',
      routeManifest: '.astro/route-manifest.json',
    });
  });
  test('gives another content set its own output, cache and manifest', () => {
    expect(buildPaths({ DOCS_CONTENT: 'examples/Subscriptions API' })).toEqual({
      contentRoot: 'examples/Subscriptions API',
      outDir: 'dist-subscriptions-api',
      cacheDir: '.astro/cache-subscriptions-api',
      routeManifest: '.astro/route-manifest-subscriptions-api.json',
    });
  });
});
