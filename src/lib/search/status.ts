import { FILTER_LABELS, type UnknownFilter } from './state';
import { counted } from '~/lib/text/plural';
import { normalizeQuery } from './query-text';

/** The search box's hint: short enough for a phone-width field; the status line says the rest. */
export const SEARCH_PLACEHOLDER = 'Search codes, messages…';

/** What the search page says about a filter value from its URL that the index does not know. */
export function unknownFilterText({ name, value, known }: UnknownFilter): string {
  const values = new Intl.ListFormat('en', { type: 'conjunction' }).format(known.map(quote));
  return `${quote(value)} is not a known ${FILTER_LABELS[name]} filter value, so the search leaves that filter out. The known values are ${values}.`;
}

/** Where a search stands, as the status line under the search box says it. */
export type SearchStatus = 'empty' | 'loading' | 'results' | 'none' | 'unavailable';

/** What the status line says besides the count: how the query was read (lib/search/run.ts). */
export interface StatusFacts {
  /** Terms of the query that no page holds, left out. */
  unknown?: readonly string[];
  /** The terms the results are for, when some of the query's were left out. */
  answeredFor?: string | undefined;
  /** The query as read once its misspellings were corrected. */
  corrected?: string | undefined;
  /** Whether the query names a status code by its number. */
  code?: boolean;
}

/** Text as the status line quotes it: as read, without the controls that would redraw the line around it. */
const quote = (raw: string) => {
  const text = normalizeQuery(raw);
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
};
const either = (words: readonly string[]) =>
  new Intl.ListFormat('en', { type: 'disjunction' }).format(words.map(quote));

/**
 * What the status line says, with the query as plain text. `more` is true while the first results
 * are shown and the others are still loading. It names the words no page holds and the words the
 * results are for instead, or the spelling the query was read as, and never claims a word is on
 * no page while showing a page for it: those words were left out of the search.
 */
export function statusText(
  status: SearchStatus,
  count: number,
  query: string,
  more = false,
  { unknown = [], answeredFor, corrected, code = false }: StatusFacts = {},
): string {
  const quoted = quote(query);
  const found = counted(count, 'result');
  const tail = more ? ' so far; loading more…' : '';
  switch (status) {
    case 'empty':
      return 'Type a status code such as 429, an error message, a header name or a few words.';
    case 'loading':
      return count ? `${counted(count, 'code')} found; searching the pages…` : 'Searching…';
    case 'results': {
      const subject = answeredFor === undefined ? '' : ` for ${quote(answeredFor)}`;
      if (unknown.length) return `No page mentions ${either(unknown)}: ${found}${subject}${tail}`;
      if (answeredFor !== undefined) return `No page holds all these words: ${found}${subject}${tail}`;
      if (corrected !== undefined) return `Read as ${quote(corrected)}: ${found}${tail}`;
      return `${found}${more ? ` so far for ${quoted}; loading more…` : ` for ${quoted}`}`;
    }
    case 'none':
      if (code) return `Nothing found for ${quoted}: no page here covers that status.`;
      if (unknown.length)
        return `The site does not cover ${either(unknown)}: no page mentions ${unknown.length > 1 ? 'them' : 'it'}. Check the spelling, or try a status code.`;
      return `Nothing found for ${quoted}. ${
        query.trim().includes(' ')
          ? 'Try fewer words, or a status code.'
          : 'Check the spelling, or try a status code.'
      }`;
    case 'unavailable':
      return 'Search needs the index that npm run build writes. Build the site, then run npm run preview (or npm start) to search it.';
  }
}
