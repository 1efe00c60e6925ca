/**
 * Pages reach the search index as they render (BaseLayout calls indexPage), so that Pagefind, in a
 * process of its own, reads them on the second core while the build renders the rest, instead of
 * reading every file again once all are written (pagefind.ts). Pages render from a bundle of their
 * own, so the layout and the integration meet on a global, as in page-sources.ts.
 */
const INDEXER = Symbol.for('status-docs.page-indexer');

/** What takes each rendered page: its URL path (`/rest/429/`) and its HTML. */
export type PageIndexer = (path: string, html: string) => void;

type Holder = { [INDEXER]?: PageIndexer };

/** Hands a rendered page to the index being built; nothing happens outside `astro build`. */
export function indexPage(path: string, html: string): void {
  (globalThis as Holder)[INDEXER]?.(path, html);
}

/** Sets what takes the pages from now on, or, given undefined, stops taking them. */
export function takePages(indexer: PageIndexer | undefined): void {
  const holder = globalThis as Holder;
  if (indexer) holder[INDEXER] = indexer;
  else delete holder[INDEXER];
}
