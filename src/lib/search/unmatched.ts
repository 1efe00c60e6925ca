/**
 * Pagefind answers a word that no page holds with the pages that hold its start: `webhook` finds
 * `web`, `xyzzy` finds the `X` of `curl -X`. The same leniency lets `sorting` find `sort_order` and
 * `retries` find `retry`, which is welcome; but a word found only by its first letters is on no
 * page, and a reader who searched for it is told so (lib/search/run.ts), not shown pages about "web".
 */
import { wordsOf } from '~/lib/text/words';

/** The words Pagefind matched on a page: its content, split at whitespace, at the word positions it reports. */
export function matchedWords(content: string, positions: readonly number[]): string[] {
  const words = content.split(/\s+/);
  return positions.flatMap((i) => words[i] ?? []);
}

/** How many letters an ending may differ by and still be the same word: `retries`, `retry`. */
const ENDING = 3;
/** Words shorter than this are never a match by their start alone. */
const STEM = 4;

/** How many first letters two words have in common. */
function sharedStart(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared;
}

/** A plural's ending: `ids` is a form of `id` and `statuses` of `status`, however short the word. */
const PLURAL_ENDING = /^e?s$/;

/**
 * Whether a matched part is a form of the typed term: its continuation, its singular, or a
 * different ending (a number has none: 415 is no form of 418).
 */
function isFormOf(part: string, term: string): boolean {
  if (part.startsWith(term)) return true;
  if (/^\d+$/.test(term)) return false;
  if (part.length >= 2 && term.startsWith(part) && PLURAL_ENDING.test(term.slice(part.length))) return true;
  return sharedStart(part, term) >= Math.max(term.length - ENDING, Math.min(term.length, STEM));
}

/**
 * The words of a query that none of the matched words holds in any form. Words and numbers under
 * three characters are left out: they match by their start on purpose (`42` finds `429`). A status
 * code no page mentions is judged like a word: `418` must not pass for the `4` of `15.4.1`.
 */
export function unmatchedTerms(query: string, matched: Iterable<string>): string[] {
  const found = [...new Set([...matched].flatMap(wordsOf))];
  return [...new Set(wordsOf(query))].filter(
    (term) => term.length >= 3 && !found.some((part) => isFormOf(part, term)),
  );
}
