/**
 * The search dialog: a modal <dialog> with a WAI-ARIA combobox. Arrow keys move through the
 * results, Enter opens one (the first when none is chosen), Escape closes and returns focus. Each
 * result is a link as well as an option (as DocSearch's are): a middle click, "Open in new tab" or
 * "Copy link address" work on it as on any link, while focus stays in the box.
 */
import type { ResultItem } from '~/lib/search/items';
import { normalizeQuery } from '~/lib/search/query-text';
import { writeSearchState } from '~/lib/search/state';
import { SEARCH_PLACEHOLDER, statusText, type SearchStatus, type StatusFacts } from '~/lib/search/status';
import { browseLine } from './browse';
import { renderChips } from './chips';
import { SearchController } from './controller';
import { excerpt, h } from '../dom';
import { SEARCH_PAGE_URL } from './paths';

export class SearchDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly status: HTMLParagraphElement;
  private readonly browse: HTMLParagraphElement | undefined;
  private readonly chips: HTMLDivElement;
  private readonly fullPage: HTMLAnchorElement;
  private readonly controller: SearchController;
  private items: ResultItem[] = [];
  private active = -1;
  private returnFocus: Element | null = null;
  /** Enter pressed before any result arrived: open the first one as soon as there is one. */
  private pendingEnter = false;

  constructor() {
    this.input = h('input', {
      id: 'search-input',
      type: 'search',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      'aria-autocomplete': 'list',
      'aria-describedby': 'search-status',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: '200',
      placeholder: SEARCH_PLACEHOLDER,
      class: 'min-w-0 flex-1 bg-transparent py-3 text-base outline-none placeholder:text-ink-muted',
    });
    this.listbox = h('ul', {
      id: 'search-results',
      role: 'listbox',
      'aria-label': 'Search results',
      class: 'px-2 pb-2',
    });
    this.status = h('p', { id: 'search-status', role: 'status', class: 'px-4 py-2 text-sm text-ink-muted' });
    this.browse = browseLine('px-4 pb-3 text-sm text-ink-muted');
    this.chips = h('div', {
      id: 'search-filters',
      class: 'flex flex-wrap gap-x-4 gap-y-2 border-b border-line px-4 py-2 empty:hidden',
    });
    this.fullPage = h(
      'a',
      { href: SEARCH_PAGE_URL, class: 'text-accent underline underline-offset-2' },
      'All results on a page',
    );
    const close = h(
      'button',
      {
        type: 'button',
        class: 'rounded-md border border-line px-2 py-0.5 text-xs text-ink-muted hover:text-ink',
      },
      'Esc',
      h('span', { class: 'sr-only' }, ' (close search)'),
    );
    close.addEventListener('click', () => this.dialog.close());

    this.dialog = h(
      'dialog',
      {
        'aria-label': 'Search',
        class: 'search-dialog',
      },
      h(
        'div',
        { class: 'flex items-center gap-3 border-b border-line px-4' },
        h('label', { for: 'search-input', class: 'sr-only' }, 'Search the documentation'),
        this.input,
        close,
      ),
      this.chips,
      this.status,
      this.browse,
      h('div', { class: 'min-h-0 flex-1 overflow-y-auto' }, this.listbox),
      h(
        'p',
        {
          class: 'flex flex-wrap justify-between gap-2 border-t border-line px-4 py-2 text-xs text-ink-muted',
        },
        h('span', {}, '↑ ↓ to move · Enter to open · Esc to close'),
        this.fullPage,
      ),
    );
    document.body.append(this.dialog);

    this.controller = new SearchController({
      render: (...args) => this.render(...args),
    });
    this.input.addEventListener('input', () => this.controller.run(this.input.value));
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.dialog.addEventListener('close', () => {
      if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
    });
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close(); // a click on the backdrop
    });
    void this.controller.engine.filterValues().then((values) => this.renderFilters(values));
  }

  open(query?: string, submit = false): void {
    if (!this.dialog.open) {
      this.returnFocus = document.activeElement;
      this.dialog.showModal();
    }
    this.input.focus();
    if (query) {
      // Typing continues where the reader left off.
      this.input.value = query;
      this.input.setSelectionRange(query.length, query.length);
    } else this.input.select();
    this.pendingEnter = submit && this.input.value.trim() !== '';
    this.controller.run(this.input.value);
  }

  private renderFilters(values: Record<string, string[]>): void {
    renderChips(this.chips, values, this.controller.filters, (name, value) => {
      this.controller.filters[name] = value;
      this.renderFilters(values);
      this.controller.run(this.input.value);
      this.input.focus();
    });
  }

  private render(
    items: ResultItem[],
    status: SearchStatus,
    query: string,
    more: boolean,
    facts?: StatusFacts,
  ): void {
    // More results for the same query (the rest after the first few) keep the reader's selection.
    const keep =
      this.listbox.dataset.query === query && this.active >= 0
        ? items.findIndex((item) => item.url === this.items[this.active]?.url)
        : -1;
    this.items = items;
    this.active = -1;
    this.status.textContent = statusText(status, items.length, query, more, facts);
    if (this.browse) this.browse.hidden = status !== 'none';
    this.fullPage.href =
      SEARCH_PAGE_URL + writeSearchState({ q: normalizeQuery(query), filters: this.controller.filters });
    this.listbox.replaceChildren(
      ...items.map((item, i) => {
        // The option is the link itself: an option's content is presentational, so a link inside
        // one would be a control hidden in another. Out of the tab order, as options are.
        const option = h(
          'a',
          {
            id: `search-option-${i}`,
            role: 'option',
            href: item.url,
            tabindex: '-1',
            'data-url': item.url,
            'aria-selected': 'false',
            class:
              'block rounded-lg px-3 py-2 aria-selected:bg-accent-soft ' +
              (item.level === 1 ? 'ml-5 border-l border-line py-1.5' : 'mt-1'),
          },
          h('span', { class: 'block font-medium' + (item.level === 1 ? ' text-sm' : '') }, item.title),
          item.context && h('span', { class: 'block text-xs text-ink-muted' }, item.context),
          item.excerpt.length > 0 &&
            h('span', { class: 'mt-0.5 line-clamp-2 block text-sm text-ink-muted' }, excerpt(item.excerpt)),
        );
        option.addEventListener('mousemove', () => this.setActive(i, false));
        // A plain click follows the link, and the dialog closes (the page may stay, for an anchor on
        // it); a click with a key held opens a tab or window, and search stays open.
        option.addEventListener('click', (event) => {
          if (!(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) this.dialog.close();
        });
        return h('li', { role: 'none' }, option);
      }),
    );
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    this.input.removeAttribute('aria-activedescendant');
    // Observable state for tests and the benchmark: which query the list answers, and how far.
    this.listbox.dataset.state = status;
    this.listbox.dataset.query = query;
    this.listbox.toggleAttribute('data-more', more);
    if (this.pendingEnter && items.length > 0) {
      this.pendingEnter = false;
      this.openItem(0);
    } else if (status !== 'loading') this.pendingEnter = false;
    if (keep >= 0) this.setActive(keep, false);
  }

  private setActive(index: number, scroll = true): void {
    if (this.items.length === 0) return;
    this.active = (index + this.items.length) % this.items.length;
    const options = this.listbox.querySelectorAll('[role="option"]');
    for (const [i, option] of options.entries()) {
      option.setAttribute('aria-selected', String(i === this.active));
    }
    const option = options[this.active];
    this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
    if (scroll) option?.scrollIntoView({ block: 'nearest' });
  }

  private openItem(index: number, newTab = false): void {
    const item = this.items[index];
    if (!item) return;
    if (newTab) window.open(item.url, '_blank', 'noopener');
    else {
      this.dialog.close();
      location.href = item.url;
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') this.setActive(this.active + 1);
    else if (event.key === 'ArrowUp')
      this.setActive(this.active <= 0 ? this.items.length - 1 : this.active - 1);
    else if (event.key === 'Enter') {
      if (this.items.length === 0) this.pendingEnter = this.input.value.trim() !== '';
      else this.openItem(Math.max(this.active, 0), event.ctrlKey || event.metaKey);
    } else return;
    event.preventDefault();
  }
}
