import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/csp';

/**
 * Writes `_headers` into the build: the security headers and caching rules of lib/site/csp.ts, which
 * static hosts (Netlify, Cloudflare Pages) apply, as does scripts/static-server.mjs.
 */
export function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
