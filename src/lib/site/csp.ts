/**
 * The site's security policy, in two parts that browsers enforce together (whatever loads must pass
 * both):
 *
 * - Per page, a `<meta http-equiv="content-security-policy">` that the layout writes first in
 *   `<head>` (a policy in a meta element governs only what follows it). Its hashes differ from page
 *   to page, as each page carries its own trimmed stylesheet, so no one header could carry them.
 * - Site-wide, the `_headers` file that static hosts read (Netlify, Cloudflare Pages): what a meta
 *   element cannot carry (`frame-ancestors`) and what is the same everywhere. It has no fetch
 *   directive (`default-src`, `script-src`, `style-src`…): it cannot know a page's hashes, so a
 *   `script-src` there would refuse the page's inline scripts.
 *
 * Read by layouts/BaseLayout.astro and integrations/static-headers.ts.
 */
import { createHash } from 'node:crypto';
import { PAGEFIND_GZIP_FILES } from './urls';

/** A CSP source naming one inline script or style by its text's SHA-256. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Navigation directives, the same on every page; fetch directives (default-src) do not cover them. */
const NAVIGATION = [
  // No <base> element: an injected one would redirect every relative URL.
  "base-uri 'none'",
  // The search boxes submit to /search/.
  "form-action 'self'",
];

export interface InlineCode {
  /** The text of each inline script the page carries. */
  scripts: readonly string[];
  /** The text of each <style> element. */
  styles: readonly string[];
}

/**
 * Hashes by text. Pages of one kind share their scripts, and their stylesheet too: the layout's
 * trimmer keeps one string per set of classes in use, so a stylesheet recurs across pages as the
 * same string, and its hash is computed once (about 200 ms at 5,000 extra pages).
 */
const hashes = new Map<string, string>();

function cachedHash(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) hashes.set(text, (hash = hashSource(text)));
  return hash;
}

/** A page's policy, for its meta element: nothing loads that is not named here. */
export function pagePolicy({ scripts, styles }: InlineCode): string {
  const sources = (texts: readonly string[]) => [...new Set(texts.map(cachedHash))];
  return [
    "default-src 'none'",
    // The site's own modules, imported from fixed URLs on first use (/_search/, /_tools/, Pagefind's
    // loader) or from /_astro/, and the page's inline scripts. Pagefind compiles its WebAssembly
    // on the page, where it searches (scripts/search/engine.ts): no worker is allowed.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sources(scripts)].join(' '),
    // Only the page's own stylesheet. It also refuses style="" attributes: nothing on the site sets
    // one (scripts style elements through classes and the CSSOM, which CSP does not govern).
    ['style-src', ...(styles.length ? sources(styles) : ["'none'"])].join(' '),
    // The favicon.
    "img-src 'self'",
    // The search index, the inspector's knowledge and the status-code export.
    "connect-src 'self'",
    ...NAVIGATION,
  ].join('; ');
}

/** The policy every response gets as a header. */
export const SITE_POLICY = [
  // No other site may frame these pages (clickjacking); browsers ignore this in a meta element.
  "frame-ancestors 'none'",
  ...NAVIGATION,
].join('; ');

/** For files whose name changes with their content: a cached copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface HeaderRule {
  /** A path pattern: `*` matches the rest of the path. */
  path: string;
  headers: Record<string, string>;
}

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    path: '/*',
    headers: {
      'Content-Security-Policy': SITE_POLICY,
      // Other sites learn nothing of the page a reader came from, such as a list URL in the query
      // builder's address; pages of the site still see the full address.
      'Referrer-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    },
  },
  // Astro names what it bundles by content hash. Pagefind's loader and entry file, and the
  // search and tool bundles (/_search/, /_tools/), keep their names across builds: they are left to
  // the host's default, which revalidates.
  { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
  // Pagefind writes its metadata, WebAssembly and the files a query fetches gzip-compressed, and
  // checks for a signature inside before it inflates one itself (in JavaScript, on the page's main
  // thread). Sent as gzip-encoded, they arrive inflated by the browser. At 5,000 extra pages, for
  // the query files the first query took a median of 198 ms against 246, and 247 against 256 on a
  // busier machine (two runs of 20 fresh pages each, alternating); for the metadata and
  // WebAssembly, a query typed as search opens took 285-321 ms against 346-362 (three runs of five
  // fresh pages each, alternating). Where a host drops the header, Pagefind inflates them as before.
  ...PAGEFIND_GZIP_FILES.map((path) => ({ path, headers: { 'Content-Encoding': 'gzip' } })),
];

/** The `_headers` file for `rules`, in the format Netlify and Cloudflare Pages read. */
export function headersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by src/integrations/static-headers.ts from src/lib/site/csp.ts.\n${blocks.join('\n')}\n`;
}
