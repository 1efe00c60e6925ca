/** Reading what a reader typed into search: exact status codes, terms to highlight, safe limits. */

/** Longer input is cut: nobody types more, and a pasted novel must not slow the page down. */
export const MAX_QUERY_LENGTH = 200;

export function normalizeQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The query as the index should read it. Pagefind files a name like `X-Request-Count` under the
 * whole name and under each part, but reads a typed `Request-Count` as one word that no page holds,
 * and finds nothing; `price:min` finds the home page first. A hyphen or colon between two words
 * becomes a space, so a header's name, any part of it or an operator finds the pages holding all
 * its words, and a whole name still ranks its own page first.
 */
export function indexQuery(query: string): string {
  return query.replace(/(?<=[\p{L}\p{N}_])[-:](?=[\p{L}\p{N}_])/gu, ' ');
}

/**
 * The status code a query names, if it names one: `429`, `HTTP 429`, `error 429`, `429 too many`,
 * `HTTP/1.1 429`, `status: 429`. A number inside other text (`page 2 of 429`) does not count.
 */
export function parseCodeQuery(raw: string): number | undefined {
  const q = normalizeQuery(raw).toLowerCase();
  const match =
    /^(?:(?:http(?:\/[\d.]+)?|https?|error|status|code|err)\s*:?\s*)?([1-5]\d\d)(?:\s|$|[.,:;!?])/.exec(q);
  return match ? Number(match[1]) : undefined;
}

export interface CodeEntry {
  api: string;
  apiName: string;
  code: number;
  label: string;
  url: string;
  legacy: boolean;
}

/** The words that name an API in a query: its id and the words of its name ("api" aside). */
function apiWords(entry: CodeEntry): Set<string> {
  const words = `${entry.api} ${entry.apiName}`.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((word) => word.length > 2 && word !== 'api'));
}

/**
 * The entries for the code a query names: first those of an API the query names too (for an API
 * called Payments, `payments 401` or `401 Payments token`), then current before legacy, otherwise
 * in the given API order.
 */
export function exactCodeMatches(entries: CodeEntry[], raw: string): CodeEntry[] {
  const words = normalizeQuery(raw)
    .toLowerCase()
    .split(/[^\p{L}\p{N}/.]+/u)
    .filter(Boolean);
  const namesByApi = new Map<string, Set<string>>();
  for (const entry of entries) if (!namesByApi.has(entry.api)) namesByApi.set(entry.api, apiWords(entry));
  const names = [...namesByApi.values()];
  // API names may come before the code: "Payments 401" and "Payments API 401" read as "401".
  const leading = words.findIndex((word) => word !== 'api' && !names.some((n) => n.has(word)));
  const code =
    parseCodeQuery(raw) ?? (leading > 0 ? parseCodeQuery(words.slice(leading).join(' ')) : undefined);
  if (code === undefined) return [];
  const named = new Set(
    [...namesByApi].filter(([, apiNames]) => words.some((w) => apiNames.has(w))).map(([api]) => api),
  );
  return entries
    .filter((e) => e.code === code)
    .sort(
      (a, b) => Number(named.has(b.api)) - Number(named.has(a.api)) || Number(a.legacy) - Number(b.legacy),
    );
}

/** The words worth highlighting on a destination page: at most five, two characters or more. */
export function highlightTerms(raw: string): string[] {
  const words = normalizeQuery(raw)
    .toLowerCase()
    .split(/[\s"'“”‘’()[\]{}<>]+/)
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 5);
}
