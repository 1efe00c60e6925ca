/**
 * The query builder's form: every change rebuilds the URL, its problems and its explanation; a
 * pasted URL fills the form. Text from the reader only ever reaches the page as textContent.
 */
import type { ListQuery } from '~/schemas/api';
import {
  buildListUrl,
  emptyRequest,
  explainRequest,
  findProblems,
  parseListUrl,
  type ListRequest,
  type Problem,
  type QueryPart,
} from '~/lib/query/list-query';
import { guideUrl } from '~/lib/urls';

const csv = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The same markup as components/query/QueryExplanation.astro. */
function renderExplanation(parts: QueryPart[], problems: Problem[]): HTMLElement {
  const root = el('div');
  root.dataset.explanation = '';
  if (problems.length) {
    const list = el('ul', 'mt-4 space-y-2');
    list.setAttribute('aria-label', 'Problems');
    for (const p of problems) {
      const item = el('li', `query-problem rounded-md border-l-4 px-3 py-2 text-sm query-problem-${p.level}`);
      item.append(el('strong', '', p.level === 'error' ? 'Error:' : 'Check:'), ` ${p.message}`);
      list.append(item);
    }
    root.append(list);
  }
  const frame = el('div', 'not-prose mt-4 overflow-x-auto rounded-lg border border-line');
  frame.tabIndex = 0; // keyboard users can scroll a wide table
  const table = el('table', 'w-full border-collapse text-left text-sm');
  table.append(el('caption', 'sr-only', 'Each parameter of the URL'));
  const head = el('thead', 'bg-surface-raised text-xs tracking-wide text-ink-muted uppercase');
  const headRow = el('tr');
  for (const title of ['Parameter', 'What it asks for', 'Guide']) {
    const th = el('th', 'px-4 py-2.5 font-semibold', title);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  for (const part of parts) {
    const row = el('tr', 'border-t border-line align-top');
    const guide = el('td', 'px-4 py-2.5');
    if (part.guide) {
      const link = el('a', 'text-accent underline underline-offset-2', part.guide);
      link.href = guideUrl(part.guide);
      guide.append(link);
    }
    row.append(
      el('td', 'px-4 py-2.5 font-mono break-all', part.param),
      el('td', 'px-4 py-2.5', part.meaning),
      guide,
    );
    body.append(row);
  }
  if (!parts.length) {
    const row = el('tr', 'border-t border-line');
    const cell = el(
      'td',
      'px-4 py-2.5 text-ink-muted',
      'No parameters yet: the URL asks for the first page of everything.',
    );
    cell.colSpan = 3;
    row.append(cell);
    body.append(row);
  }
  table.append(head, body);
  frame.append(table);
  root.append(frame);
  return root;
}

function startBuilder(section: HTMLElement): void {
  const conventions = JSON.parse(section.dataset.conventions ?? '{}') as ListQuery;
  const form = section.querySelector<HTMLFormElement>('[data-builder-form]');
  const filters = section.querySelector<HTMLUListElement>('[data-filters]');
  const template = section.querySelector<HTMLTemplateElement>('[data-filter-template]');
  const urlText = section.querySelector<HTMLElement>('[data-builder-url] [data-copy-source]');
  const output = section.querySelector<HTMLElement>('[data-builder-output]');
  if (!form || !filters || !template || !urlText || !output) return;
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;

  const addFilter = (attribute = '', operator = '', value = '') => {
    const row = template.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
    const [attr, op, val] = ['attribute', 'operator', 'value'].map((n) =>
      row.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`),
    );
    if (attr) attr.value = attribute;
    if (op) op.value = operator;
    if (val) val.value = value;
    filters.append(row);
    return row;
  };

  const read = (): ListRequest => ({
    ...emptyRequest(input('path')?.value.trim() ?? ''),
    filters: [...filters.querySelectorAll<HTMLElement>('[data-filter]')].map((row) => ({
      attribute: row.querySelector<HTMLInputElement>('[name="attribute"]')?.value ?? '',
      operator: row.querySelector<HTMLSelectElement>('[name="operator"]')?.value ?? '',
      value: row.querySelector<HTMLInputElement>('[name="value"]')?.value ?? '',
    })),
    include: csv(input('include')?.value ?? ''),
    includeFields: csv(input('includeFields')?.value ?? ''),
    excludeFields: csv(input('excludeFields')?.value ?? ''),
    page: input('page')?.value ?? '',
    limit: input('limit')?.value ?? '',
  });

  const write = (request: ListRequest) => {
    const set = (name: string, value: string) => {
      const field = input(name);
      if (field) field.value = value;
    };
    set('path', request.path);
    set('include', request.include.join(','));
    set('includeFields', request.includeFields.join(','));
    set('excludeFields', request.excludeFields.join(','));
    set('page', request.page);
    set('limit', request.limit);
    filters.replaceChildren();
    for (const f of request.filters) addFilter(f.attribute, f.operator, f.value);
  };

  // Pasted parameters the form has no field for stay in the URL until the next paste.
  let other: ListRequest['other'] = [];
  const update = () => {
    const request = { ...read(), other };
    urlText.textContent = buildListUrl(request, conventions);
    output.replaceChildren(
      renderExplanation(explainRequest(request, conventions), findProblems(request, conventions)),
    );
  };

  const explainPasted = () => {
    const pasted = input('paste')?.value ?? '';
    if (!pasted.trim()) return;
    const request = parseListUrl(pasted, conventions);
    other = request.other;
    write(request);
    update();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    explainPasted();
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') !== 'paste') update();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') !== 'paste') update();
  });
  input('paste')?.addEventListener('paste', () => setTimeout(explainPasted));
  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-add-filter]')) {
      addFilter().querySelector<HTMLInputElement>('[name="attribute"]')?.focus();
      update();
    } else if (target.closest('[data-remove-filter]')) {
      target.closest('[data-filter]')?.remove();
      section.querySelector<HTMLButtonElement>('[data-add-filter]')?.focus();
      update();
    }
  });

  // Start from the documented example, so the form shows what the static page explained.
  const example = parseListUrl(conventions.example, conventions);
  other = example.other;
  write(example);
  update();
}

export function startQueryBuilders(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-query-builder]')) startBuilder(section);
}
