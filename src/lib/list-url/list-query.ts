/**
 * The query builder's model: a list request (path, filters, sub-resources, field selection, paging)
 * as data, read from and written to a URL, and checked against an API's list conventions. Pure
 * functions over the content's ListQuery, so any API with list conventions gets the same tool.
 */
import type { FilterOperator, ListQuery } from '~/schemas/api';

export interface Filter {
  attribute: string;
  /** The operator's suffix: '' for equals, 'min' for `attribute:min=value`. */
  operator: string;
  value: string;
}

export interface ListRequest {
  path: string;
  filters: Filter[];
  include: string[];
  includeFields: string[];
  excludeFields: string[];
  page: string;
  limit: string;
  /** Parameters the conventions do not describe, kept so that nothing pasted is lost. */
  other: { name: string; value: string }[];
}

export type ProblemLevel = 'error' | 'warning';
export interface Problem {
  level: ProblemLevel;
  /** The part of the request it is about: 'path', 'limit', 'page', 'filter-N', 'fields', 'other'. */
  part: string;
  message: string;
}

export const emptyRequest = (path = ''): ListRequest => ({
  path,
  filters: [],
  include: [],
  includeFields: [],
  excludeFields: [],
  page: '',
  limit: '',
  other: [],
});

/**
 * The query builder draws at most this many rows of a list (filters, parameters, problems): drawing
 * every row of a pasted URL of 20,000 filters would hold the page for seconds. The URL it builds keeps
 * every one.
 */
export const ROWS_SHOWN = 200;

/** What a list cut to ROWS_SHOWN says about itself: "Showing the first 200 of 20,000 filters." */
export function shownNote(
  total: number,
  noun: string,
  shown = Math.min(total, ROWS_SHOWN),
): string | undefined {
  return total > shown
    ? `Showing the first ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} ${noun}.`
    : undefined;
}

/** Characters that take no room on screen (format characters: zero-width space, joiners, bidi controls). */
const INVISIBLE = /\p{Cf}/gu;

/** The invisible characters in a text, as code points: `["U+200B"]`. */
export function invisibleCharacters(text: string): string[] {
  const found = new Set(
    Array.from(
      text.matchAll(INVISIBLE),
      ([char]) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    ),
  );
  return [...found];
}

/** A comma-separated parameter value as its items, blanks dropped. */
export const splitList = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Reads a pasted URL (absolute, or a path with a query) into a request; unknown parameters go to `other`. */
export function parseListUrl(input: string, conventions: ListQuery): ListRequest {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text, 'http://placeholder.invalid');
  } catch {
    return emptyRequest();
  }
  const request = emptyRequest(text.startsWith('http') ? url.origin + url.pathname : url.pathname);
  const suffixes = new Set(conventions.operators.map((o) => o.suffix));
  for (const [name, value] of url.searchParams) {
    // A repeated page or limit: the last one counts, as on most servers; list parameters add up.
    if (name === conventions.page) request.page = value;
    else if (name === conventions.limit) request.limit = value;
    else if (name === conventions.include) request.include.push(...splitList(value));
    else if (name === conventions.includeFields) request.includeFields.push(...splitList(value));
    else if (name === conventions.excludeFields) request.excludeFields.push(...splitList(value));
    else {
      const colon = name.lastIndexOf(':');
      const [attribute, operator] = colon > 0 ? [name.slice(0, colon), name.slice(colon + 1)] : [name, ''];
      if (suffixes.has(operator) && attribute) request.filters.push({ attribute, operator, value });
      else request.other.push({ name, value });
    }
  }
  return request;
}

/** Encodes a query part but keeps the characters the conventions use readable (`:` and `,`). */
const encode = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** The request as a URL: path, then filters, sub-resources, fields and paging, in a stable order. */
export function buildListUrl(request: ListRequest, conventions: ListQuery): string {
  const pairs: [string, string][] = [];
  for (const f of request.filters) {
    if (!f.attribute.trim()) continue;
    pairs.push([f.operator ? `${f.attribute.trim()}:${f.operator}` : f.attribute.trim(), f.value]);
  }
  const listParam = (name: string | undefined, values: string[]) => {
    if (name && values.length) pairs.push([name, values.join(',')]);
  };
  listParam(conventions.include, request.include);
  listParam(conventions.includeFields, request.includeFields);
  listParam(conventions.excludeFields, request.excludeFields);
  if (request.page.trim()) pairs.push([conventions.page, request.page.trim()]);
  if (request.limit.trim()) pairs.push([conventions.limit, request.limit.trim()]);
  for (const o of request.other) pairs.push([o.name, o.value]);
  const query = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  return query ? `${request.path}?${query}` : request.path;
}

export function findOperator(conventions: ListQuery, suffix: string): FilterOperator | undefined {
  return conventions.operators.find((o) => o.suffix === suffix);
}

/**
 * The documented maximum page size that applies to the request's path, if the docs give one for
 * it: they may give it for some lists only (the most products returned), and nothing is claimed of
 * the others.
 */
export function documentedMaxLimit(
  request: Pick<ListRequest, 'path'>,
  conventions: ListQuery,
): { value: number; path: string } | undefined {
  const max = conventions.maxLimit;
  const path = request.path.replace(/(?<!\/)\/+$/, '');
  const documented = max?.paths.find((p) => path.endsWith(p.replace(/(?<!\/)\/+$/, '')));
  return max && documented ? { value: max.value, path: documented } : undefined;
}

const isWholeNumber = (value: string) => /^\d+$/.test(value.trim());
const isNumberOrDate = (value: string) =>
  /^-?\d+(?:\.\d+)?$/.test(value.trim()) || !Number.isNaN(Date.parse(value.trim()));

/** Fields named in a problem before the rest are counted: a line, not a page of names. */
const FIELDS_NAMED = 10;

/** What is wrong or doubtful in the request, measured against the conventions, most serious first. */
export function findProblems(request: ListRequest, conventions: ListQuery): Problem[] {
  const problems: Problem[] = [];
  const limit = request.limit.trim();
  if (limit) {
    if (!isWholeNumber(limit) || Number(limit) < 1)
      problems.push({
        level: 'error',
        part: 'limit',
        message: `${conventions.limit} must be a whole number of 1 or more.`,
      });
    else {
      // What the docs say, not what the API would answer: they give no status for this case.
      const max = documentedMaxLimit(request, conventions);
      if (max && Number(limit) > max.value)
        problems.push({
          level: 'error',
          part: 'limit',
          message:
            `${conventions.limit}=${limit} exceeds the documented maximum of ${max.value} for ${max.path}.` +
            ` Ask for ${max.value} or fewer and walk the pages.`,
        });
    }
  }
  const page = request.page.trim();
  if (page && (!isWholeNumber(page) || Number(page) < 1))
    problems.push({
      level: 'error',
      part: 'page',
      message: `${conventions.page} must be a whole number of 1 or more.`,
    });
  request.filters.forEach((f, i) => {
    const part = `filter-${i}`;
    const operator = findOperator(conventions, f.operator);
    if (!f.attribute.trim()) {
      if (f.value.trim())
        problems.push({ level: 'error', part, message: `Filter ${i + 1} has a value but no attribute.` });
      return;
    }
    const invisible = invisibleCharacters(f.attribute);
    if (invisible.length)
      problems.push({
        level: 'error',
        part,
        message: `The attribute of filter ${i + 1} holds ${invisible.length === 1 ? 'an invisible character' : 'invisible characters'} (${invisible.join(', ')}), which the API reads as part of the name.`,
      });
    if (!operator) return;
    const name = f.operator ? `${f.attribute}:${f.operator}` : f.attribute;
    if (!f.value.trim()) problems.push({ level: 'warning', part, message: `${name} has no value.` });
    else if (operator.values === 'number-or-date' && !isNumberOrDate(f.value))
      problems.push({
        level: 'warning',
        part,
        message: `${name} compares numbers or dates; “${f.value}” is neither.`,
      });
    else if (
      operator.values === 'list' &&
      f.value.split(',').some((item) => !item.trim() || item !== item.trim())
    )
      problems.push({
        level: 'warning',
        part,
        message: `${name} takes a comma-separated list without spaces or empty items; “${f.value}” has some.`,
      });
  });
  const excluded = new Set(request.excludeFields);
  const both = [...new Set(request.includeFields.filter((f) => excluded.has(f)))];
  if (both.length) {
    const named =
      both.length > FIELDS_NAMED
        ? `${both.slice(0, FIELDS_NAMED).join(', ')} and ${(both.length - FIELDS_NAMED).toLocaleString('en')} more`
        : both.join(', ');
    problems.push({
      level: 'warning',
      part: 'fields',
      message: `${named} ${both.length === 1 ? 'is' : 'are'} in both ${conventions.includeFields} and ${conventions.excludeFields}; name each field in one of them.`,
    });
  }
  for (const o of request.other) {
    const operator = o.name.slice(o.name.lastIndexOf(':') + 1);
    problems.push({
      level: 'error',
      part: 'other',
      message: o.name.includes(':')
        ? `“:${operator}” in ${o.name} is not a known operator; the documented ones are ${conventions.operators
            .map((op) => (op.suffix ? `:${op.suffix}` : '='))
            .join(', ')}.`
        : `${o.name} is not a documented parameter.`,
    });
  }
  return problems.sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
}

/** The list parameters a guide explains (`page` and `limit` for pagination), by its slug. */
export function parametersExplainedBy(conventions: ListQuery, guide: string): string[] {
  const { guides } = conventions;
  return [
    ...(guides.pagination === guide ? [conventions.page, conventions.limit] : []),
    ...(guides.include === guide ? [conventions.include] : []),
    ...(guides.fields === guide ? [conventions.includeFields, conventions.excludeFields] : []),
  ].filter((name): name is string => Boolean(name));
}

export interface QueryPart {
  /** The parameter as written in the URL. */
  param: string;
  /** What it asks for, in plain words. */
  meaning: string;
  /** The guide that explains it, by slug, when the conventions name one. */
  guide?: string;
}

/** Each part of the request in plain words, in URL order, for the explanation beside the URL. */
export function explainRequest(request: ListRequest, conventions: ListQuery): QueryPart[] {
  const { guides } = conventions;
  const parts: QueryPart[] = [];
  for (const f of request.filters) {
    if (!f.attribute.trim()) continue;
    const operator = findOperator(conventions, f.operator);
    const name = f.operator ? `${f.attribute}:${f.operator}` : f.attribute;
    parts.push({
      param: `${name}=${f.value}`,
      // The operator's own description, from content, so the tool never restates the conventions.
      meaning: operator ? `${operator.name}. ${operator.description}` : 'Not a documented operator.',
      guide: guides.filtering,
    });
  }
  const listPart = (name: string | undefined, values: string[], meaning: string, guide?: string) => {
    if (name && values.length) parts.push({ param: `${name}=${values.join(',')}`, meaning, guide });
  };
  listPart(
    conventions.include,
    request.include,
    `Adds the sub-resources ${request.include.join(', ')} to each item.`,
    guides.include,
  );
  listPart(
    conventions.includeFields,
    request.includeFields,
    `Returns only the fields ${request.includeFields.join(', ')}.`,
    guides.fields,
  );
  listPart(
    conventions.excludeFields,
    request.excludeFields,
    `Leaves out the fields ${request.excludeFields.join(', ')}.`,
    guides.fields,
  );
  if (request.page.trim())
    parts.push({
      param: `${conventions.page}=${request.page.trim()}`,
      meaning: `Asks for page ${request.page.trim()} of the results.`,
      guide: guides.pagination,
    });
  if (request.limit.trim()) {
    const max = documentedMaxLimit(request, conventions);
    parts.push({
      param: `${conventions.limit}=${request.limit.trim()}`,
      meaning:
        `Puts ${request.limit.trim()} items on each page` +
        (max ? ` (at most ${max.value}, the documented maximum for ${max.path}).` : '.'),
      guide: guides.pagination,
    });
  }
  for (const o of request.other)
    parts.push({
      param: `${o.name}=${o.value}`,
      meaning: 'Not a documented list parameter or filter operator.',
    });
  return parts;
}
