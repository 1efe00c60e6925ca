import { counted } from '../plural';

/** The search box's hint: short enough for a phone-width field; the status line says the rest. */
export const SEARCH_PLACEHOLDER = 'Search codes, messages…';

/** Where a search stands, as the status line under the search box says it. */
export type SearchStatus = 'empty' | 'loading' | 'results' | 'none' | 'unavailable';

/**
 * What the status line says, with the query as plain text. `more` is true while the first results
 * are shown and the others are still loading.
 */
export function statusText(status: SearchStatus, count: number, query: string, more = false): string {
  const quoted = `“${query.length > 60 ? `${query.slice(0, 60)}…` : query}”`;
  switch (status) {
    case 'empty':
      return 'Type a status code such as 429, an error message, a header name or a few words.';
    case 'loading':
      return count ? `${counted(count, 'code')} found; searching the pages…` : 'Searching…';
    case 'results': {
      const found = counted(count, 'result');
      return more ? `${found} so far for ${quoted}; loading more…` : `${found} for ${quoted}`;
    }
    case 'none':
      return `Nothing found for ${quoted}. Try fewer words, or a status code.`;
    case 'unavailable':
      return 'Search needs the index that npm run build writes. Build the site, then run npm run preview (or npm start) to search it.';
  }
}
