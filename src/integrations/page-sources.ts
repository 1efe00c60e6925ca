/**
 * Which content file each built page shows, recorded by the layout as the page renders and read by
 * the link check when the build is done, to name the file behind a broken link. Pages render in
 * the build's own process but from a bundle of their own, so the two meet on a global rather than
 * in this module's state.
 */
const REGISTRY = Symbol.for('status-docs.page-sources');

type Holder = { [REGISTRY]?: Map<string, string> };

/** Notes that the page at URL path `path` (`/rest/429/`) shows content file `file`. */
export function recordPageSource(path: string, file: string): void {
  const holder = globalThis as Holder;
  (holder[REGISTRY] ??= new Map()).set(path, file);
}

/** The pages recorded so far, by URL path; the record is emptied for the next build. */
export function takePageSources(): Map<string, string> {
  const holder = globalThis as Holder;
  const sources = holder[REGISTRY] ?? new Map<string, string>();
  delete holder[REGISTRY];
  return sources;
}
