/** The search page keeps its query and filters in the URL: /search/?q=limit&api=REST&kind=Guide. */
import { withoutDirectionControls } from '~/lib/text/direction';

export const FILTER_NAMES = ['api', 'kind', 'class'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Each filter's name, as its chips and the notes about it say. */
export const FILTER_LABELS: Record<FilterName, string> = { api: 'API', kind: 'Kind', class: 'Class' };

/** A filter from the URL whose value the index does not hold (`?api=SOAP`), and the values it does. */
export interface UnknownFilter {
  name: FilterName;
  value: string;
  known: string[];
}

/**
 * The filters whose value is none of the index's `values` for that filter: searched as they are,
 * they find nothing, and the reader would not learn why. A filter the index has no values for at all
 * (no index yet) is not judged.
 */
export function unknownFilters(
  filters: SearchState['filters'],
  values: Record<string, string[]>,
): UnknownFilter[] {
  return FILTER_NAMES.flatMap((name) => {
    const value = filters[name];
    const known = values[name] ?? [];
    return value && known.length && !known.includes(value) ? [{ name, value, known }] : [];
  });
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = withoutDirectionControls(params.get(name) ?? '').slice(0, 60);
    if (value) filters[name] = value;
  }
  return { q: withoutDirectionControls(params.get('q') ?? '').slice(0, 1000), filters };
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
