/** Every internal URL the site links to is built here, so routes and links cannot drift apart. */

export const homeUrl = '/';
export const apiUrl = (api: string) => `/${api}/`;
export const codeUrl = (api: string, code: number) => `/${api}/${code}/`;
/** The anchor of a code's row in its API's tables (`/rest/#code-429`). */
export const codeAnchor = (code: number) => `code-${code}`;
/** The anchors of a code's row, and of a verdict's rows, in a table of when to retry (`#retry-429`). */
export const retryRowAnchor = (code: number) => `retry-${code}`;
export const retryGroupAnchor = (when: string) => `retry-${when}`;
/** The anchor of a documentation generation's row in a code's history (`#history-wiki`). */
export const historyRowAnchor = (generation: string) => `history-${generation}`;
/** The number alone: its standard meaning and every API's use of it. */
export const numberUrl = (code: number) => `/codes/${code}/`;
export const numbersUrl = '/codes/';
/** Where an API's GraphQL error messages have their pages. */
export const errorsUrl = (api: string) => `/${api}/errors/`;
export const errorUrl = (api: string, slug: string) => `${errorsUrl(api)}${slug}/`;
export const errorAnchor = (slug: string) => `error-${slug}`;
export const headerSlug = (name: string) => name.toLowerCase();
export const headerUrl = (name: string) => `/headers/${headerSlug(name)}/`;
export const headersUrl = '/headers/';
export const guideUrl = (slug: string) => `/guides/${slug}/`;
/** The anchor of a filter operator's row (`#operator-in`; `#operator-equals` for plain `=`). */
export const operatorAnchor = (suffix: string) => `operator-${suffix || 'equals'}`;
export const guidesUrl = '/guides/';
export const flowUrl = (slug: string) => `/troubleshooting/${slug}/`;
export const flowsUrl = '/troubleshooting/';
export const changelogUrl = '/changelog/';
export const searchUrl = '/search/';
export const inspectorUrl = '/tools/inspector/';
/** What the inspector knows (codes, headers, messages), fetched by its script. */
export const inspectorKnowledgeUrl = '/tools/inspector/knowledge.json';
export const queryBuilderUrl = '/tools/query-builder/';
/** The query builder's parameter for a list URL to explain at once, as the inspector hands one over. */
export const LIST_URL_PARAMETER = 'url';
/** A query builder page with a list URL to explain. */
export const explainListUrl = (builder: string, url: string) =>
  `${builder}?${LIST_URL_PARAMETER}=${encodeURIComponent(url)}`;

/** Joins the site origin and a path into an absolute URL. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin.endsWith('/') ? origin : `${origin}/`).href;
}

/** The "Edit this page" link: the content file's path appended to the configured base. */
export function editUrl(base: string | undefined, file: string | undefined): string | undefined {
  if (!base || !file) return undefined;
  return absoluteUrl(base, file.replace(/^\/+/, ''));
}

/** The search UI module: bundled by src/integrations/client-bundles.ts, imported on first use. */
export const SEARCH_UI_PATH = '/_search/ui.js';
/** Its source, which the dev server serves directly. */
export const SEARCH_UI_ENTRY = 'src/scripts/search/ui.ts';
/** The module that highlights the searched words on a page reached from a result (?hl=). */
export const SEARCH_ARRIVAL_PATH = '/_search/arrival.js';
export const SEARCH_ARRIVAL_ENTRY = 'src/scripts/search/arrival.ts';
/** The inspector's module, bundled the same way and imported when the tool is first used. */
export const INSPECTOR_PATH = '/_tools/inspector.js';
export const INSPECTOR_ENTRY = 'src/scripts/inspector.ts';
/** Every module bundled to a fixed URL: its source and where the build writes it. */
export const CLIENT_BUNDLES = [
  { entry: SEARCH_UI_ENTRY, path: SEARCH_UI_PATH },
  { entry: SEARCH_ARRIVAL_ENTRY, path: SEARCH_ARRIVAL_PATH },
  { entry: INSPECTOR_ENTRY, path: INSPECTOR_PATH },
];
/** The URL a page imports a bundled module from: its source under `astro dev`, the bundle otherwise. */
export const clientModuleUrl = (entry: string, path: string, dev: boolean) => (dev ? `/${entry}` : path);
/** Pagefind's own loader, written by src/integrations/pagefind.ts. */
export const PAGEFIND_PATH = '/pagefind/pagefind.js';
/** Pagefind's summary of its index, beside its loader: the page count of each language. */
export const PAGEFIND_ENTRY_PATH = '/pagefind/pagefind-entry.json';
/**
 * The files Pagefind writes gzip-compressed, as `_headers` patterns: its metadata and WebAssembly,
 * which search loads when it opens, and the index chunks, page fragments and filter chunks that
 * queries fetch.
 */
export const PAGEFIND_GZIP_FILES = [
  '/pagefind/*.pf_meta',
  '/pagefind/wasm.*',
  '/pagefind/index/*',
  '/pagefind/fragment/*',
  '/pagefind/filter/*',
];
