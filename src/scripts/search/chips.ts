/**
 * Filter chips (API, kind, status class): toggle buttons built from the index's own filter values.
 * On a phone they fold behind one button that says which filters are on: unfolded, they took three
 * rows above the results. A filter with many values is a list to choose from instead.
 */
import { FILTER_LABELS as LABELS, type FilterName } from '~/lib/search/state';
import { h } from '../dom';
import type { ChosenFilters } from './engine';

/**
 * The most values a filter shows as chips. A platform of 101 APIs drew 101 API chips at 1280 px,
 * and one result row was left above the fold.
 */
const CHIPS_AT_MOST = 8;

/** Values as a reader counts them: "Synthetic 2" before "Synthetic 10". */
const inReadingOrder = new Intl.Collator('en', { numeric: true }).compare;

type OnChange = (name: FilterName, value: string | undefined) => void;

/** What chips and lists share; the chosen value's is accented. */
const PILL = 'rounded-full border px-2.5 py-0.5 text-xs font-medium';
const UNCHOSEN = 'border-line text-ink-muted hover:border-accent';

const label = (name: FilterName) =>
  h('span', { class: 'mr-0.5 text-xs font-semibold text-ink-muted' }, LABELS[name]);

function chipGroup(name: FilterName, values: string[], chosen: string | undefined, onChange: OnChange) {
  return h(
    'div',
    { class: 'flex flex-wrap items-center gap-1.5', role: 'group', 'aria-label': LABELS[name] },
    label(name),
    ...values.map((value) => {
      const pressed = chosen === value;
      const chip = h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(pressed),
          class: `${PILL} ${pressed ? 'border-accent bg-accent-soft text-accent' : UNCHOSEN}`,
        },
        value,
      );
      chip.addEventListener('click', () => onChange(name, pressed ? undefined : value));
      return chip;
    }),
  );
}

function valueList(name: FilterName, values: string[], chosen: string | undefined, onChange: OnChange) {
  const select = h(
    'select',
    {
      class: `${PILL} bg-surface ${chosen ? 'border-accent text-accent' : UNCHOSEN}`,
    },
    h('option', { value: '' }, `All (${values.length})`),
    ...values.map((value) => h('option', { value, selected: chosen === value }, value)),
  );
  select.addEventListener('change', () => onChange(name, select.value || undefined));
  return h('label', { class: 'flex items-center gap-1.5' }, label(name), select);
}

export function renderChips(
  container: HTMLElement,
  values: Record<string, string[]>,
  filters: ChosenFilters,
  onChange: OnChange,
): void {
  const groups = (Object.keys(LABELS) as FilterName[])
    .filter((name) => (values[name]?.length ?? 0) > 1)
    .map((name) => {
      const sorted = [...values[name]!].sort(inReadingOrder);
      const draw = sorted.length > CHIPS_AT_MOST ? valueList : chipGroup;
      return draw(name, sorted, filters[name], onChange);
    });
  if (groups.length === 0) {
    container.replaceChildren();
    return;
  }
  // Drawn again on every change: whether the reader unfolded them is kept on the container.
  const open = container.dataset.open !== undefined;
  const on = Object.values(filters).filter(Boolean);
  const chips = h('div', {
    id: `${container.id}-groups`,
    class: 'flex flex-wrap gap-x-4 gap-y-2 max-sm:w-full' + (open ? '' : ' max-sm:hidden'),
  });
  chips.replaceChildren(...groups);
  const toggle = h(
    'button',
    {
      type: 'button',
      'aria-expanded': String(open),
      'aria-controls': chips.id,
      class:
        'rounded-full border border-line px-2.5 py-0.5 text-xs font-medium text-ink-muted hover:border-accent sm:hidden',
    },
    on.length ? `Filters: ${on.join(', ')}` : 'Filters',
    h('span', { 'aria-hidden': 'true' }, open ? ' ▴' : ' ▾'),
  );
  toggle.addEventListener('click', () => {
    container.toggleAttribute('data-open');
    renderChips(container, values, filters, onChange);
    container.querySelector('button')?.focus();
  });
  container.replaceChildren(toggle, chips);
}
