/**
 * Suggestions for a missing page: for a mistyped code URL such as /api/428/, the real codes nearest
 * to it; for any other address, the pages whose address or title is nearest to it by edit distance;
 * for any address, its words to search for.
 */
import { distance } from 'fastest-levenshtein';
import { asWords, wordsOf } from '~/lib/text/words';
import { errorUrl, flowsUrl, guidesUrl, headersUrl, numbersUrl } from './urls';

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

/** A page that exists: its address and title. */
export interface PageRef {
  title: string;
  href: string;
}

/** A page whose address or title needs more edits than this share of its length is not a near miss. */
const MAX_EDIT_SHARE = 0.4;

/** Edits from one text to the other, as a share of the longer one. */
const editShare = (a: string, b: string) => distance(a, b) / Math.max(a.length, b.length, 1);

/** The last folder of an address, as words: "/guides/pagnation/" gives "pagnation". */
const lastSegment = (path: string) => asWords(path.split('/').filter(Boolean).pop() ?? '');

/**
 * The `count` pages nearest to a missing address, nearest first: its last folder compared with each
 * page's (a typo in a slug, "/guides/pagnation/"), and its words with each title (an address guessed
 * from a name, "/rest/too-many-requests/"); between equals, the nearer whole address first. None
 * when nothing comes close.
 */
export function nearestPages(pages: PageRef[], pathname: string, count = 3): PageRef[] {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: compare the address as it is.
  }
  path = path.toLowerCase().replace(/\/?$/, '/');
  const slug = lastSegment(path);
  const words = pathWords(pathname);
  const score = (page: PageRef) =>
    Math.min(
      slug ? editShare(slug, lastSegment(page.href)) : 1,
      words ? editShare(words, asWords(page.title)) : 1,
    );
  return pages
    .map((page) => ({ page, score: score(page), whole: editShare(path, page.href) }))
    .filter((p) => p.score <= MAX_EDIT_SHARE && p.page.href !== path)
    .sort((a, b) => a.score - b.score || a.whole - b.whole)
    .slice(0, count)
    .map((p) => p.page);
}
