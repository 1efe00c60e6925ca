/**
 * Filter chips (API, kind, status class): toggle buttons built from the index's own filter values.
 * On a phone they fold behind one button that says which filters are on: unfolded, they took three
 * rows above the results.
 */
import { FILTER_LABELS as LABELS, type FilterName } from '~/lib/search/state';
import { h } from '../dom';
import type { ChosenFilters } from './engine';

export function renderChips(
  container: HTMLElement,
  values: Record<string, string[]>,
  filters: ChosenFilters,
  onChange: (name: FilterName, value: string | undefined) => void,
): void {
  const groups = (Object.keys(LABELS) as FilterName[])
    .filter((name) => (values[name]?.length ?? 0) > 1)
    .map((name) =>
      h(
        'div',
        { class: 'flex flex-wrap items-center gap-1.5', role: 'group', 'aria-label': LABELS[name] },
        h('span', { class: 'mr-0.5 text-xs font-semibold text-ink-muted' }, LABELS[name]),
        ...values[name]!.map((value) => {
          const pressed = filters[name] === value;
          const chip = h(
            'button',
            {
              type: 'button',
              'aria-pressed': String(pressed),
              class:
                'rounded-full border px-2.5 py-0.5 text-xs font-medium ' +
                (pressed
                  ? 'border-accent bg-accent-soft text-accent'
                  : 'border-line text-ink-muted hover:border-accent'),
            },
            value,
          );
          chip.addEventListener('click', () => onChange(name, pressed ? undefined : value));
          return chip;
        }),
      ),
    );
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
