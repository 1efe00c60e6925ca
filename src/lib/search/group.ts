/** Shapes Pagefind's answers into what the results list shows: pages with a few sections each. */
import { numberUrl } from '~/lib/site/urls';
import { asWords, topicKey, wordsOf } from '~/lib/text/words';
import { CODE_KIND, GUIDE_KIND, HEADER_KIND } from './markup';
import { querySubject, type CodeEntry } from './query';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindData {
  url: string;
  /** The page's indexed text. */
  content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]> | undefined;
  sub_results?: PagefindSubResult[] | undefined;
}

export interface ResultGroup {
  url: string;
  title: string;
  excerpt: string;
  kind: string | undefined;
  api: string | undefined;
  /** The status code the page is about, if any. */
  code: number | undefined;
  sections: PagefindSubResult[];
}

/**
 * Removes Pagefind's trailing index.html and keeps one result per page, with its first few sections;
 * the section at `anchor`, when a page has it, comes first.
 */
export function groupResults(data: PagefindData[], maxSections = 3, anchor?: string): ResultGroup[] {
  const seen = new Set<string>();
  const groups: ResultGroup[] = [];
  for (const d of data) {
    const url = d.url.replace(/index\.html$/, '');
    if (seen.has(url)) continue;
    seen.add(url);
    const inPage = (d.sub_results ?? []).filter(
      (s) => s.url.includes('#') && s.url.replace(/index\.html(?=#|$)/, '') !== url,
    );
    const atAnchor = (s: PagefindSubResult) => anchor !== undefined && s.url.endsWith(`#${anchor}`);
    const sections = [...inPage.filter(atAnchor), ...inPage.filter((s) => !atAnchor(s))].slice(
      0,
      maxSections,
    );
    groups.push({
      url,
      title: d.meta.title ?? url,
      excerpt: d.excerpt,
      kind: d.filters?.kind?.[0],
      api: d.filters?.api?.[0],
      code: d.meta.code === undefined ? undefined : Number(d.meta.code),
      sections,
    });
  }
  return groups;
}

/**
 * Each number page (/codes/NNN/) moved after the code pages of its number among the results: it sums
 * them up, and they say what to do. A shorter page, it used to come first ("too many requests"
 * opened 429's number page, not /rest/429/).
 */
export function numberPagesAfterTheirCodes(groups: ResultGroup[]): ResultGroup[] {
  const ordered = [...groups];
  for (const group of groups) {
    if (group.code === undefined || group.url !== numberUrl(group.code)) continue;
    const from = ordered.indexOf(group);
    const lastCodePage = ordered.findLastIndex((g) => g.kind === CODE_KIND && g.code === group.code);
    if (lastCodePage < from) continue;
    ordered.splice(from, 1);
    ordered.splice(lastCodePage, 0, group);
  }
  return ordered;
}

/** Adds the highlight parameter to a result link, before its #fragment. */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path, hash] = url.split('#', 2);
  const separator = path!.includes('?') ? '&' : '?';
  return `${path}${separator}hl=${encodeURIComponent(terms.join(' '))}${hash !== undefined ? `#${hash}` : ''}`;
}

/** What ranking needs of a code an API lists: its page, its number, and whether it is current. */
export type ListedCode = Pick<CodeEntry, 'code' | 'url' | 'legacy'>;

/** How far down a result goes: not at all, below the rest, or below those too. */
const Demotion = {
  None: 0,
  /** The page of a code its APIs no longer document, or that code's number page. */
  Legacy: 1,
  /** The number page of a code no API here lists. */
  Unlisted: 2,
} as const;
type Demotion = (typeof Demotion)[keyof typeof Demotion];

/**
 * How far down a result goes when the query does not name its code. Legacy codes go below current
 * ones: "rate limit exceeded" opened 509 Bandwidth Limit Exceeded, which the current docs answer
 * with 429. Codes no API lists go below both: "authentication" opened 511 Network Authentication
 * Required and 407 Proxy Authentication Required, above the header that carries the API's token.
 *
 * A query names a code by its number, or by its whole name ("gateway timeout" names 504 Gateway
 * Timeout). A legacy code is the API's own, so part of its name is enough ("bandwidth"); a code no
 * API lists is not, and "authentication" alone does not name 511.
 */
function demotion(group: ResultGroup, codes: readonly ListedCode[], query: string): Demotion {
  // With no list of the codes the APIs use, there is nothing to tell such a page by.
  if (codes.length === 0 || group.code === undefined) return Demotion.None;
  const isNumberPage = group.url === numberUrl(group.code);
  const listings = codes.filter((c) => (isNumberPage ? c.code === group.code : c.url === group.url));
  if (listings.length === 0 && !isNumberPage) return Demotion.None;
  if (listings.some((c) => !c.legacy)) return Demotion.None;
  const level = listings.length === 0 ? Demotion.Unlisted : Demotion.Legacy;
  const asked = wordsOf(query);
  const title = wordsOf(group.title);
  const named =
    asked.includes(String(group.code)) ||
    title.every((word) => /^\d+$/.test(word) || asked.includes(word)) ||
    (level === Demotion.Legacy && asked.every((word) => title.includes(word)));
  return named ? Demotion.None : level;
}

/** The results with the pages of legacy and unlisted codes moved down (demotion), each in its order. */
export function lesserCodesLast(
  groups: ResultGroup[],
  codes: readonly ListedCode[],
  query: string,
): ResultGroup[] {
  const levels = new Map(groups.map((g) => [g, demotion(g, codes, query)]));
  return [...groups].sort((a, b) => levels.get(a)! - levels.get(b)!);
}

/** The groups with `first`, when it is one of them, moved to the top. */
const withFirst = (groups: ResultGroup[], first: ResultGroup | undefined) =>
  first ? [first, ...groups.filter((g) => g !== first)] : groups;

/** The words a query adds to a header's name to say it means the header: "accept header". */
const HEADER_WORD = /^headers?$/;

/** A name typed whole with its hyphens, as headers are named: "Retry-After", "content-type". */
const HYPHENATED_NAME = /^[a-z][a-z\d]*(?:-[a-z\d]+)+$/i;

/**
 * The header name a query asks for, as words: with the word "header" ("Content-Type header":
 * content type), or typed whole with its hyphens, alone, in a question or with a count
 * ("what is retry-after", "Retry-After: 120").
 */
export function headerAskedFor(query: string): string | undefined {
  const subject = querySubject(query);
  if (HYPHENATED_NAME.test(subject)) return asWords(subject);
  const words = wordsOf(query);
  const name = words.filter((word) => !HEADER_WORD.test(word));
  return name.length > 0 && name.length < words.length ? name.join(' ') : undefined;
}

/**
 * The page of the header a query names, first: "accept header" opened 406 Not Acceptable, which
 * speaks of the Accept header throughout, above the header's own page, and a rate-limit header's
 * line with its count the list of headers, once a guide came to quote the name.
 */
export function namedHeaderFirst(groups: ResultGroup[], query: string): ResultGroup[] {
  const name = headerAskedFor(query);
  const header = name && groups.find((g) => g.kind === HEADER_KIND && asWords(g.title) === name);
  return withFirst(groups, header || undefined);
}

/**
 * The guides first, the rest in their order: for an operator, the guide that explains it comes
 * before the query builder that offers it ("price:greater" gave the builder first).
 */
export function guidesFirst(groups: ResultGroup[]): ResultGroup[] {
  return [...groups.filter((g) => g.kind === GUIDE_KIND), ...groups.filter((g) => g.kind !== GUIDE_KIND)];
}

/** What the corrections to the index's order need to know of a search. */
export interface OrderContext {
  /** The codes the APIs list. */
  codes: readonly ListedCode[];
  query: string;
  /** Whether the results are an operator's rows, which the guide explains. */
  operatorRows: boolean;
  /** The subject of a guide that the query names whole (lib/words.ts topicKey), if it names one. */
  topic?: string | undefined;
}

const isTopicGuide = (group: ResultGroup, topic: string) =>
  group.kind === GUIDE_KIND && topicKey(group.title) === topic;

/**
 * The guide whose subject the query names, first: "retries" opened a header whose name says "retry"
 * above the guide, and "media types" 415 Unsupported Media Type above the Media types guide.
 */
export function topicGuideFirst(groups: ResultGroup[], topic: string | undefined): ResultGroup[] {
  const guide = topic === undefined ? undefined : groups.find((g) => isTopicGuide(g, topic));
  return withFirst(groups, guide);
}

/**
 * The index's order, corrected where it is known to mislead: for an operator's rows the guides
 * first, number pages after their codes' pages, legacy and unlisted codes lower, and a header named
 * with the word "header" first.
 */
export function orderResults(
  groups: ResultGroup[],
  { codes, query, operatorRows, topic }: OrderContext,
): ResultGroup[] {
  const byKind = operatorRows ? guidesFirst(groups) : groups;
  const ordered = namedHeaderFirst(lesserCodesLast(numberPagesAfterTheirCodes(byKind), codes, query), query);
  return topicGuideFirst(ordered, topic);
}

/**
 * Whether a page shown first, before the other results arrive, may lose that place to them by
 * those corrections: then it is not shown alone first, and the list does not reorder under the reader.
 */
export function mayMoveDown(
  group: ResultGroup,
  { codes, query, operatorRows, topic }: OrderContext,
): boolean {
  return (
    demotion(group, codes, query) !== Demotion.None ||
    (headerAskedFor(query) !== undefined && group.kind !== HEADER_KIND) ||
    (operatorRows && group.kind !== GUIDE_KIND) ||
    (topic !== undefined && !isTopicGuide(group, topic))
  );
}
