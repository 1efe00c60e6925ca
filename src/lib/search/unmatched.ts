/**
 * Pagefind answers a word that no page holds with the pages that hold its start: `webhook` finds
 * `web`, `xyzzy` finds the `X` of `curl -X`. The same leniency lets `sorting` find `sort_order` and
 * `retries` find `retry`, which is welcome; but a reader who searched for something the site never
 * mentions should be told so, not shown sixteen pages about "web" as if they answered.
 */
import { wordsOf } from '../words';

/** The words Pagefind matched on a page: its content, split at whitespace, at the word positions it reports. */
export function matchedWords(content: string, positions: readonly number[]): string[] {
  const words = content.split(/\s+/);
  return positions.flatMap((i) => words[i] ?? []);
}

/** How many letters an ending may differ by and still be the same word: `retries`, `retry`. */
const ENDING = 3;
/** Words shorter than this are never a match by their start alone. */
const STEM = 4;

/** Whether a matched part is a form of the typed term: its continuation, or a different ending. */
function isFormOf(part: string, term: string): boolean {
  if (part.startsWith(term)) return true;
  let shared = 0;
  while (shared < part.length && part[shared] === term[shared]) shared++;
  return shared >= Math.max(term.length - ENDING, Math.min(term.length, STEM));
}

/**
 * The words of a query that none of the matched words holds in any form. Numbers and words under
 * three letters are left out: numbers match by their start on purpose (`42` finds `429`).
 */
export function unmatchedTerms(query: string, matched: Iterable<string>): string[] {
  const found = [...new Set([...matched].flatMap(wordsOf))];
  return [...new Set(wordsOf(query))].filter(
    (term) => term.length >= 3 && !/^\d+$/.test(term) && !found.some((part) => isFormOf(part, term)),
  );
}
