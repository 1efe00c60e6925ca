/** Filter chips (API, kind, status class): toggle buttons built from the index's own filter values. */
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
  container.replaceChildren(...groups);
}
