/**
 * Suggestions for a missing page: for a mistyped code URL such as /api/428/, the real codes nearest
 * to it; for any address, its words to search for.
 */
import { errorUrl, flowsUrl, guidesUrl, headersUrl, numbersUrl } from './urls';
import { wordsOf } from '~/lib/text/words';

export interface KnownCode {
  api: string;
  code: number;
  label: string;
  url: string;
}

/** Reads "/api/428/" or "/api/428" as API "api", code 428; anything else gives undefined. */
export function parseCodePath(pathname: string): { api: string; code: number } | undefined {
  const match = /^\/([a-z0-9-]+)\/(\d{3})\/?$/.exec(pathname);
  if (!match) return undefined;
  return { api: match[1]!, code: Number(match[2]) };
}

/** The `count` codes of `api` closest to `code`, nearest first (the lower code wins a tie). */
export function nearestCodes(known: KnownCode[], api: string, code: number, count = 3): KnownCode[] {
  return known
    .filter((k) => k.api === api && k.code !== code)
    .sort((a, b) => Math.abs(a.code - code) - Math.abs(b.code - code) || a.code - b.code)
    .slice(0, count);
}

/** Longer than this, an address is not a guess at a page: its words are not offered. */
const MAX_PATH_WORDS = 8;

/** The site's own folders, which say where a page would be, not what it is about. */
const FOLDERS = new Set(
  // An error's address without its API and slug is its folder alone.
  [guidesUrl, headersUrl, flowsUrl, numbersUrl, errorUrl('', '')].flatMap((url) =>
    url.split('/').filter(Boolean),
  ),
);

/**
 * The words of a missing page's address, to search for: "/rest/too-many-requests/" gives "rest too
 * many requests", and "/guides/retry/" gives "retry" (the folder's word put a header's page above
 * the guide). Letters and digits only, so nothing of the address but words reaches the page.
 */
export function pathWords(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: read the address as it is.
  }
  const parts = path.replace(/\/index\.html?$|\.html?$/i, '').split('/');
  const topics = parts.filter((part) => !FOLDERS.has(part.toLowerCase()));
  const words = wordsOf((topics.some((part) => wordsOf(part).length) ? topics : parts).join(' '));
  return words.length <= MAX_PATH_WORDS ? words.join(' ') : '';
}
