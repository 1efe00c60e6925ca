/**
 * Pagefind splits its index into chunks by word and, for each query, downloads the chunks that hold
 * its words. So the first query of a visit waited for one download or more: 80–160 ms on
 * localhost, against 5–10 ms once the chunks are in. A pasted error message, with several words, often
 * needs several chunks. A small index is therefore loaded whole when search opens, while the reader
 * is still typing, and even the first query answers from memory. A large index keeps loading chunk
 * by chunk: loading it whole would cost a phone far more than it saves.
 */

/** An index of up to this many pages is loaded whole: at about 0.65 KB of index a page, ~160 KB. */
export const WHOLE_INDEX_MAX_PAGES = 250;

/** One term for each letter and digit a word can start with: preloading them loads every chunk. */
export const EVERY_CHUNK_TERMS = [...'abcdefghijklmnopqrstuvwxyz0123456789'].join(' ');

/**
 * How many pages an index holds, read from Pagefind's `pagefind-entry.json` (a page count for each
 * language); undefined when the file does not say.
 */
export function indexedPages(entry: unknown): number | undefined {
  const languages = (entry as { languages?: unknown } | null)?.languages;
  if (!languages || typeof languages !== 'object') return undefined;
  const counts = Object.values(languages).map(
    (language) => (language as { page_count?: unknown })?.page_count,
  );
  if (!counts.length || !counts.every((n) => Number.isInteger(n) && (n as number) >= 0)) return undefined;
  return (counts as number[]).reduce((sum, n) => sum + n, 0);
}

/** Whether an index of `pages` pages is small enough to load whole. */
export const loadsWhole = (pages: number | undefined) =>
  pages !== undefined && pages <= WHOLE_INDEX_MAX_PAGES;
