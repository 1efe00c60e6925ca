/**
 * The full search page (/search/?q=…&api=…): the same results as links, with the query and the
 * filters in the URL so that a search can be shared and the back button steps through filters.
 */
import type { ResultItem } from '~/lib/search/items';
import { readSearchState, unknownFilters, writeSearchState } from '~/lib/search/state';
import {
  SEARCH_PLACEHOLDER,
  statusText,
  unknownFilterText,
  type SearchStatus,
  type StatusFacts,
} from '~/lib/search/status';
import { browseLine } from './browse';
import { renderChips } from './chips';
import { SearchController } from './controller';
import { excerpt, h } from '../dom';

export function mountSearchPage(root: HTMLElement): void {
  const fallback = root.querySelector<HTMLElement>('[data-search-fallback]');
  const input = h('input', {
    id: 'search-page-input',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: '200',
    placeholder: SEARCH_PLACEHOLDER,
    class:
      'w-full rounded-lg border border-line-strong bg-surface px-4 py-3 text-base outline-none focus:border-accent',
  });
  const chips = h('div', {
    id: 'search-page-filters',
    class: 'mt-3 flex flex-wrap gap-x-5 gap-y-2 empty:hidden',
  });
  const filterNote = h('p', { class: 'mt-3 text-sm empty:hidden', 'data-filter-note': true });
  const status = h('p', { role: 'status', class: 'mt-4 text-sm text-ink-muted' });
  const browse = browseLine('mt-2 text-sm text-ink-muted');
  const list = h('ol', { class: 'mt-4 space-y-4', 'aria-label': 'Search results' });
  const form = h(
    'form',
    { role: 'search', action: '', class: 'mt-6' },
    h('label', { for: 'search-page-input', class: 'mb-1 block font-medium' }, 'Search the documentation'),
    input,
  );
  root.replaceChildren(form, chips, filterNote, status, ...(browse ? [browse] : []), list);
  fallback?.remove();

  let filterValues: Record<string, string[]> = {};
  const controller = new SearchController({ render });

  const syncUrl = (push: boolean) => {
    const url = location.pathname + writeSearchState({ q: input.value.trim(), filters: controller.filters });
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const showChips = () =>
    renderChips(chips, filterValues, controller.filters, (name, value) => {
      controller.filters[name] = value;
      filterNote.textContent = '';
      syncUrl(true);
      showChips();
      controller.run(input.value);
    });
  // A filter value from the URL that the index does not know is named and left out, not searched
  // for nothing. Judged once the index's values are in.
  const dropUnknownFilters = () => {
    const unknown = unknownFilters(controller.filters, filterValues);
    filterNote.textContent = unknown.map(unknownFilterText).join(' ');
    for (const { name } of unknown) delete controller.filters[name];
    return unknown.length > 0;
  };
  const load = () => {
    const state = readSearchState(location.search);
    input.value = state.q;
    controller.filters = { ...state.filters };
    dropUnknownFilters();
    showChips();
    controller.run(input.value);
  };

  let latest: ResultItem[] = [];
  function render(items: ResultItem[], s: SearchStatus, query: string, more: boolean, facts?: StatusFacts) {
    latest = items;
    status.textContent = statusText(s, items.length, query, more, facts);
    if (browse) browse.hidden = s !== 'none';
    list.dataset.state = s;
    list.dataset.query = query;
    list.toggleAttribute('data-more', more);
    list.replaceChildren(
      ...items.map((item) =>
        h(
          'li',
          { class: item.level === 1 ? 'ml-6 border-l border-line pl-4' : '' },
          h('a', { href: item.url, class: 'font-semibold text-accent hover:underline' }, item.title),
          item.context && h('span', { class: 'ml-2 text-xs text-ink-muted' }, item.context),
          item.excerpt.length > 0 &&
            h('p', { class: 'mt-0.5 text-sm text-ink-muted' }, excerpt(item.excerpt)),
        ),
      ),
    );
  }

  input.addEventListener('input', () => {
    syncUrl(false);
    controller.run(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = latest[0];
    if (first) location.href = first.url;
  });
  window.addEventListener('popstate', load);
  void controller.engine.filterValues().then((values) => {
    filterValues = values;
    if (dropUnknownFilters()) controller.run(input.value);
    showChips();
  });
  load();
  input.focus();
}
