/**
 * What each page tells Pagefind about itself: filters (API, kind, status class, the list parameters
 * a guide explains) and metadata (the code). Rendered by components/search/SearchMarkup.astro as
 * empty marker elements; operator rows carry their own filter (components/mdx/OperatorTable.astro).
 */
import { topicKey } from '~/lib/text/words';

export const SEARCH_KINDS = [
  'Code',
  'Error message',
  'Header',
  'Guide',
  'Flow',
  'Tool',
  'Reference',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The kinds of page that search's exact answers are: a code's, and an error message's. */
export const CODE_KIND: SearchKind = 'Code';
export const MESSAGE_KIND: SearchKind = 'Error message';
export const HEADER_KIND: SearchKind = 'Header';
export const GUIDE_KIND: SearchKind = 'Guide';

export interface SearchFacts {
  kind: SearchKind;
  /** The API's short name, e.g. REST. */
  api?: string | undefined;
  statusClass?: string | undefined;
  code?: number | undefined;
  /** The list parameters a guide explains. */
  parameters?: string[] | undefined;
  /** A guide's subjects, its title and other names: a query naming one opens the guide first. */
  topics?: readonly string[] | undefined;
  /** A header's name: a query naming the header opens its page first. */
  header?: string | undefined;
  /**
   * For a list of status codes (all codes by number, or one API's), which "error codes" asks for:
   * its place among the lists, as the site's navigation orders them.
   */
  codeListPlace?: number | undefined;
}

export interface PagefindAttribute {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  value: string;
}

/**
 * The filter on each filter operator's row, valued by its suffix (`in`), and the one on a guide for
 * each list parameter it explains (`limit`): what a query such as `id:in` or `limit=250` asks for
 * (lib/search/query.ts queryFocus).
 */
export const OPERATOR_FILTER = 'operator';
export const PARAMETER_FILTER = 'parameter';
/** The filter on a guide for each of its subjects, valued by lib/text/words.ts topicKey: `retry` for "Retries". */
export const TOPIC_FILTER = 'topic';
/** The filter on a header's page, valued by its name in lower case: `retry-after`. */
export const HEADER_FILTER = 'header';
/** The filter on the lists of status codes, which a query such as "http status codes" leads with. */
export const CODE_LIST_FILTER = { list: 'codes' } as const;
/** The sort key that holds each list's place, and the sort that puts the lists in their places. */
const CODE_LIST_PLACE = 'list-place';
export const CODE_LIST_SORT = { [CODE_LIST_PLACE]: 'asc' } as const;

/** Filter and meta values cannot hold the separators Pagefind reads. */
const clean = (value: string) => value.replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim();

export function operatorAttribute(suffix: string): PagefindAttribute {
  return { attribute: 'data-pagefind-filter', value: `${OPERATOR_FILTER}:${clean(suffix)}` };
}

export function searchAttributes(facts: SearchFacts): PagefindAttribute[] {
  const attributes: PagefindAttribute[] = [
    { attribute: 'data-pagefind-filter', value: `kind:${clean(facts.kind)}` },
  ];
  if (facts.api) attributes.push({ attribute: 'data-pagefind-filter', value: `api:${clean(facts.api)}` });
  if (facts.statusClass)
    attributes.push({ attribute: 'data-pagefind-filter', value: `class:${clean(facts.statusClass)}` });
  if (facts.code !== undefined)
    attributes.push({ attribute: 'data-pagefind-meta', value: `code:${facts.code}` });
  if (facts.codeListPlace !== undefined) {
    attributes.push({ attribute: 'data-pagefind-filter', value: `list:${CODE_LIST_FILTER.list}` });
    // Zero-padded: Pagefind compares sort values as text.
    const place = String(facts.codeListPlace).padStart(3, '0');
    attributes.push({ attribute: 'data-pagefind-sort', value: `${CODE_LIST_PLACE}:${place}` });
  }
  for (const topic of new Set((facts.topics ?? []).map(topicKey)))
    attributes.push({ attribute: 'data-pagefind-filter', value: `${TOPIC_FILTER}:${clean(topic)}` });
  if (facts.header)
    attributes.push({
      attribute: 'data-pagefind-filter',
      value: `${HEADER_FILTER}:${clean(facts.header.toLowerCase())}`,
    });
  for (const parameter of facts.parameters ?? [])
    attributes.push({ attribute: 'data-pagefind-filter', value: `${PARAMETER_FILTER}:${clean(parameter)}` });
  return attributes;
}

/**
 * The values of each filter that the attributes write, sorted as the index lists them: what
 * Pagefind's `filters()` holds once pages with these attributes are indexed.
 */
export function filterValuesOf(attributes: Iterable<PagefindAttribute>): Record<string, string[]> {
  const values = new Map<string, Set<string>>();
  for (const { attribute, value } of attributes) {
    if (attribute !== 'data-pagefind-filter') continue;
    const at = value.indexOf(':');
    const name = value.slice(0, at);
    if (!values.has(name)) values.set(name, new Set());
    values.get(name)!.add(value.slice(at + 1));
  }
  return Object.fromEntries([...values].map(([name, set]) => [name, [...set].sort()]));
}
