import { withoutDirectionControls } from '~/lib/text/direction';
import { FILTER_LABELS, type UnknownFilter } from './state';
import { counted } from '~/lib/text/plural';

/** The search box's hint: short enough for a phone-width field; the status line says the rest. */
export const SEARCH_PLACEHOLDER = 'Search codes, messages…';

/** What the search page says about a filter value from its URL that the index does not know. */
export function unknownFilterText({ name, value, known }: UnknownFilter): string {
  const values = new Intl.ListFormat('en', { type: 'conjunction' }).format(known.map(quote));
  return `${quote(value)} is not a known ${FILTER_LABELS[name]} filter value, so the search leaves that filter out. The known values are ${values}.`;
}

/** Where a search stands, as the status line under the search box says it. */
export type SearchStatus = 'empty' | 'loading' | 'results' | 'none' | 'unavailable';

/** The reader's text inside a sentence: cut short, and unable to turn the sentence around. */
const quote = (raw: string) => {
  const text = withoutDirectionControls(raw);
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
};

/**
 * What the status line says, with the query as plain text. `more` is true while the first results
 * are shown and the others are still loading. `unmatched` holds the query's words that no result
 * holds, and `answeredFor` the words the results are for when no page holds all of the query's:
 * the line says so first.
 */
export function statusText(
  status: SearchStatus,
  count: number,
  query: string,
  more = false,
  unmatched: readonly string[] = [],
  answeredFor?: string,
): string {
  const quoted = quote(query);
  switch (status) {
    case 'empty':
      return 'Type a status code such as 429, an error message, a header name or a few words.';
    case 'loading':
      return count ? `${counted(count, 'code')} found; searching the pages…` : 'Searching…';
    case 'results': {
      const found = counted(count, 'result');
      const missing = unmatched.length
        ? `No page mentions ${new Intl.ListFormat('en', { type: 'disjunction' }).format(unmatched.map(quote))}: `
        : answeredFor
          ? 'No page holds all these words: '
          : '';
      const subject = answeredFor ? quote(answeredFor) : missing ? 'similar words' : quoted;
      return `${missing}${found}${more ? ` so far for ${subject}; loading more…` : ` for ${subject}`}`;
    }
    case 'none':
      if (/^\d{3}$/.test(query.trim()))
        return `Nothing found for ${quoted}: no page here covers that status.`;
      return `Nothing found for ${quoted}. ${
        query.trim().includes(' ')
          ? 'Try fewer words, or a status code.'
          : 'Check the spelling, or try a status code.'
      }`;
    case 'unavailable':
      return 'Search needs the index that npm run build writes. Build the site, then run npm run preview (or npm start) to search it.';
  }
}
