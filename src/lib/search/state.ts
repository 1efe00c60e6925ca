/** The search page keeps its query and filters in the URL: /search/?q=limit&api=REST&kind=Guide. */
import { withoutFormatControls } from './query-text';

export const FILTER_NAMES = ['api', 'kind', 'class'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

/** What each filter is called in a sentence. */
const FILTER_NOUNS: Record<FilterName, [one: string, many: string]> = {
  api: ['API', 'APIs'],
  kind: ['kind of page', 'kinds of page'],
  class: ['status class', 'status classes'],
};

/**
 * The chosen filters the index has no such value for (`?api=SOAP`), each with a sentence that says
 * so: a filter that matches nothing would otherwise empty the results without a word.
 */
export function unknownFilters(
  filters: SearchState['filters'],
  values: Readonly<Record<string, readonly string[]>>,
): { name: FilterName; value: string; message: string }[] {
  return FILTER_NAMES.flatMap((name) => {
    const value = filters[name];
    if (!value || values[name]?.includes(value)) return [];
    const known = values[name] ?? [];
    const [one, many] = FILTER_NOUNS[name];
    const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(known);
    const message =
      `No ${one} here is called “${value}”` +
      (known.length ? `; the ${many} are ${list}.` : '.') +
      ' Showing results for every one.';
    return [{ name, value, message }];
  });
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = withoutFormatControls(params.get(name) ?? '').slice(0, 60);
    if (value) filters[name] = value;
  }
  return { q: withoutFormatControls(params.get('q') ?? '').slice(0, 1000), filters };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
