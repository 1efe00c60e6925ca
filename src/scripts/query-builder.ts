/**
 * The query builder's form: every change rebuilds the URL, its problems and its explanation; a
 * pasted URL fills the form. Text from the reader only ever reaches the page as textContent. The
 * filters live in a list here, of which the form draws the first ROWS_SHOWN: an edit reads the one
 * row it touched, never every row.
 */
import type { ListQuery } from '~/schemas/api';
import {
  buildListUrl,
  emptyRequest,
  explainRequest,
  findProblems,
  parseListUrl,
  ROWS_SHOWN,
  shownNote,
  splitList,
  type Filter,
  type ListRequest,
  type Problem,
  type QueryPart,
} from '~/lib/list-url/list-query';
import { requestUrl, safeUrl, URL_MARKER } from '~/lib/code/http-message';
import { guideUrl, LIST_URL_PARAMETER } from '~/lib/site/urls';
import { fromTemplate, revealAnswer } from './dom';

/**
 * Redraws the explanation (components/query/QueryExplanation.astro) for another URL, from the
 * templates that component draws beside it.
 */
function showExplanation(
  explanation: HTMLElement,
  parts: QueryPart[],
  problems: Problem[],
  problemId: (index: number) => string,
): void {
  const template = (name: string) =>
    explanation.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)!;
  const note = (text: string) => {
    const line = fromTemplate(template('note'));
    line.textContent = text;
    return line;
  };

  explanation.querySelectorAll(':scope > [data-problems], :scope > [data-note]').forEach((el) => el.remove());
  if (problems.length > 0) {
    const list = fromTemplate(template('problems'));
    const lines = new Map(Array.from(list.children, (line) => [(line as HTMLElement).dataset.level, line]));
    list.replaceChildren(
      ...problems.slice(0, ROWS_SHOWN).map((p, i) => {
        const line = lines.get(p.level)!.cloneNode(true) as HTMLElement;
        line.id = problemId(i);
        line.append(p.message);
        return line;
      }),
    );
    const more = shownNote(problems.length, 'problems');
    explanation.prepend(list, ...(more ? [note(more)] : []));
  }

  const more = shownNote(parts.length, 'parameters');
  if (more) explanation.append(note(more));
  const rows = parts.slice(0, ROWS_SHOWN).map((part) => {
    const row = fromTemplate<HTMLTableRowElement>(template('parameter'));
    const [param, meaning, guide] = Array.from(row.cells);
    param!.textContent = part.param;
    meaning!.textContent = part.meaning;
    const link = guide!.querySelector('a')!;
    if (part.guide) {
      link.href = guideUrl(part.guide);
      link.textContent = part.guide;
    } else link.remove();
    return row;
  });
  explanation
    .querySelector('tbody')
    ?.replaceChildren(...(rows.length ? rows : [fromTemplate(template('no-parameters'))]));
}

/**
 * Redraws the request for another URL (components/query/BuiltRequest.astro) from the sample the
 * component drew in its template: the URL's path after the API's base goes where the marker stands,
 * in every language, encoded so that no language's string can end early.
 */
function showRequest(holder: HTMLElement, url: string): void {
  const base = holder.dataset.base ?? '';
  const template = holder.querySelector<HTMLTemplateElement>('template[data-request-template]');
  const absolute = requestUrl(url, undefined, [base]);
  holder.hidden = !template || !absolute?.startsWith(base);
  if (holder.hidden) return;
  const rest = safeUrl(absolute!.slice(base.length)).replace(/[{}]/g, encodeURIComponent);
  const sample = fromTemplate(template!);
  const walker = document.createTreeWalker(sample, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.textContent = node.textContent!.replaceAll(URL_MARKER, rest);
  // The tabs say which language shows, as the page script set it on the root.
  const shown = document.documentElement.dataset.codeLang;
  sample.querySelectorAll<HTMLElement>('[role=tab]').forEach((tab) => {
    tab.setAttribute('aria-selected', String(tab.dataset.lang === shown));
    tab.tabIndex = tab.dataset.lang === shown ? 0 : -1;
  });
  holder.querySelector('[data-request-sample]')?.replaceChildren(sample);
}

/** `handedUrl`: a list URL the page's address carries (?url=), explained at once. */
function startBuilder(section: HTMLElement, handedUrl?: string): void {
  const conventions = JSON.parse(section.dataset.conventions ?? '{}') as ListQuery;
  const form = section.querySelector<HTMLFormElement>('[data-builder-form]');
  const filters = section.querySelector<HTMLUListElement>('[data-filters]');
  const filtersNote = section.querySelector<HTMLElement>('[data-filters-note]');
  const template = section.querySelector<HTMLTemplateElement>('[data-filter-template]');
  const urlText = section.querySelector<HTMLElement>('[data-builder-url] [data-copy-source]');
  const explanation = section.querySelector<HTMLElement>('[data-builder-output] [data-explanation]');
  const requestHolder = section.querySelector<HTMLElement>('[data-builder-request]');
  const answer = section.querySelector<HTMLElement>('[data-builder-answer]');
  if (!form || !filters || !filtersNote || !template || !urlText || !explanation || !answer) return;
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const problemId = (i: number) => `${section.getAttribute('aria-labelledby')}-problem-${i}`;

  /** The fields a problem is about (Problem.part): marked invalid and described by its message. */
  const fieldsAt = (part: string): Element[] => {
    const filter = /^filter-(\d+)$/.exec(part);
    if (filter) {
      const row = filters.querySelectorAll('[data-filter]')[Number(filter[1])];
      const attribute = row?.querySelector<HTMLInputElement>('[name="attribute"]');
      // A filter without an attribute is missing that; any other is wrong in its value.
      return [(attribute?.value.trim() ? row?.querySelector('[name="value"]') : attribute) ?? null].filter(
        (f) => f !== null,
      );
    }
    const names = part === 'fields' ? ['includeFields', 'excludeFields'] : [part];
    return names.map(input).filter((f) => f !== null);
  };
  const markFields = (problems: Problem[]) => {
    for (const field of form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
    problems.forEach((problem, i) => {
      for (const field of fieldsAt(problem.part)) {
        field.setAttribute('aria-invalid', 'true');
        const described = field.getAttribute('aria-describedby');
        field.setAttribute('aria-describedby', described ? `${described} ${problemId(i)}` : problemId(i));
      }
    });
  };

  // A closed <select> cuts long operator names ("Greater than or equal to (for numbers or dates)");
  // the line under it shows the chosen one whole.
  const showOperator = (select: HTMLSelectElement) => {
    const meaning = select.closest('[data-filter]')?.querySelector('[data-operator-meaning]');
    if (meaning) meaning.textContent = select.selectedOptions[0]?.dataset.name ?? '';
  };

  // Every filter of the request; the rows drawn are the first filters.children.length of them.
  let filterList: Filter[] = [];
  const rowIndex = (row: Element) => Array.prototype.indexOf.call(filters.children, row);
  const readRow = (row: Element): Filter => ({
    attribute: row.querySelector<HTMLInputElement>('[name="attribute"]')?.value ?? '',
    operator: row.querySelector<HTMLSelectElement>('[name="operator"]')?.value ?? '',
    value: row.querySelector<HTMLInputElement>('[name="value"]')?.value ?? '',
  });
  const showFiltersNote = () => {
    const text = shownNote(filterList.length, 'filters', filters.children.length);
    filtersNote.textContent = text ? `${text} The URL keeps them all.` : '';
    filtersNote.hidden = !text;
  };

  const drawFilter = ({ attribute, operator, value }: Filter) => {
    const row = fromTemplate<HTMLLIElement>(template);
    const [attr, op, val] = ['attribute', 'operator', 'value'].map((n) =>
      row.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`),
    );
    if (attr) attr.value = attribute;
    if (op) op.value = operator;
    if (val) val.value = value;
    if (op instanceof HTMLSelectElement) showOperator(op);
    return row;
  };

  /** A new filter, drawn after the rows shown and placed after them in the list too. */
  const addFilter = () => {
    const row = drawFilter({ attribute: '', operator: '', value: '' });
    filters.append(row);
    filterList.splice(filters.children.length - 1, 0, readRow(row));
    showFiltersNote();
    return row;
  };

  const read = (): ListRequest => ({
    ...emptyRequest(input('path')?.value.trim() ?? ''),
    filters: filterList,
    include: splitList(input('include')?.value ?? ''),
    includeFields: splitList(input('includeFields')?.value ?? ''),
    excludeFields: splitList(input('excludeFields')?.value ?? ''),
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
    filterList = [...request.filters];
    filters.replaceChildren(...filterList.slice(0, ROWS_SHOWN).map(drawFilter));
    showFiltersNote();
  };

  /** Takes an edited filter row's values into the list: that row alone is read. */
  const readEdited = (target: EventTarget | null) => {
    const row = target instanceof Element ? target.closest('[data-filter]') : null;
    if (row) filterList[rowIndex(row)] = readRow(row);
  };

  // Pasted parameters the form has no field for stay in the URL until the next paste.
  let other: ListRequest['other'] = [];
  const update = () => {
    const request = { ...read(), other };
    urlText.textContent = buildListUrl(request, conventions);
    if (requestHolder) showRequest(requestHolder, urlText.textContent);
    const problems = findProblems(request, conventions);
    showExplanation(explanation, explainRequest(request, conventions), problems, problemId);
    markFields(problems);
  };

  /** `reveal`: the reader pasted or asked to explain, so the answer is brought to them. */
  const explainPasted = (reveal: boolean) => {
    const pasted = input('paste')?.value ?? '';
    if (!pasted.trim()) return;
    const request = parseListUrl(pasted, conventions);
    other = request.other;
    write(request);
    update();
    if (reveal) revealAnswer(answer);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    explainPasted(true);
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') === 'paste') return;
    readEdited(event.target);
    update();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement && event.target.name === 'operator')
      showOperator(event.target);
    if ((event.target as HTMLElement).getAttribute('name') === 'paste') return;
    readEdited(event.target);
    update();
  });
  input('paste')?.addEventListener('paste', () => setTimeout(() => explainPasted(true)));
  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-add-filter]')) {
      addFilter().querySelector<HTMLInputElement>('[name="attribute"]')?.focus();
      update();
    } else if (target.closest('[data-remove-filter]')) {
      const row = target.closest('[data-filter]');
      if (row) {
        filterList.splice(rowIndex(row), 1);
        row.remove();
        showFiltersNote();
      }
      section.querySelector<HTMLButtonElement>('[data-add-filter]')?.focus();
      update();
    }
  });

  // Start from the documented example, so the form shows what the static page explained, or from
  // the URL handed over.
  const example = parseListUrl(conventions.example, conventions);
  other = example.other;
  write(example);
  update();
  const paste = input('paste');
  if (handedUrl && paste) {
    paste.value = handedUrl;
    explainPasted(false);
  }
}

/** Starts every builder on the page; a list URL in the address goes to the first. */
export function startQueryBuilders(): void {
  const handedUrl = new URLSearchParams(location.search).get(LIST_URL_PARAMETER)?.trim() || undefined;
  document
    .querySelectorAll<HTMLElement>('[data-query-builder]')
    .forEach((section, i) => startBuilder(section, i === 0 ? handedUrl : undefined));
}
