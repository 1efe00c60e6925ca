/** Shapes Pagefind's answers into what the results list shows: pages with a few sections each. */
import { numberUrl } from '../urls';
import { wordsOf } from '../words';
import { CODE_KIND } from './markup';

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

/**
 * Whether a result is the number page of a code that no API here lists (`listed` holds those they
 * do), and the query names neither its number nor its whole name ("gateway timeout" names 504
 * Gateway Timeout).
 */
export function isUnlistedCodePage(group: ResultGroup, listed: ReadonlySet<number>, query: string): boolean {
  // With no list of the codes the APIs use, there is nothing to tell such a page by.
  if (listed.size === 0 || group.code === undefined || group.url !== numberUrl(group.code)) return false;
  if (listed.has(group.code)) return false;
  const asked = new Set(wordsOf(query));
  if (asked.has(String(group.code))) return false;
  return !wordsOf(group.title).every((word) => /^\d+$/.test(word) || asked.has(word));
}

/**
 * The number pages of codes that no API here lists, after the other results: "authentication"
 * opened 511 Network Authentication Required and 407 Proxy Authentication Required, above the
 * header that carries the API's token.
 */
export function unlistedCodesLast(
  groups: ResultGroup[],
  listed: ReadonlySet<number>,
  query: string,
): ResultGroup[] {
  const unlisted = (group: ResultGroup) => isUnlistedCodePage(group, listed, query);
  return [...groups.filter((group) => !unlisted(group)), ...groups.filter(unlisted)];
}
