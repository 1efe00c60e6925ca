/** The search page keeps its query and filters in the URL: /search/?q=limit&api=REST&kind=Guide. */

export const FILTER_NAMES = ['api', 'kind', 'class'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.slice(0, 60);
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').slice(0, 1000), filters };
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
