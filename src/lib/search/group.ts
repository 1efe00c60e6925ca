/** Shapes one page that Pagefind found into what the results list shows: the page with a few sections. */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** What Pagefind tells of a page it found (its `data()`). */
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
  /** The page's filter values (lib/search/markup.ts): its topics, header, operators, list. */
  filters: Readonly<Record<string, readonly string[]>>;
  sections: PagefindSubResult[];
}

/** A page's address without Pagefind's trailing index.html. */
export const pageUrl = (url: string) => url.replace(/index\.html$/, '');

/**
 * A page as a result, with its first few sections that have an anchor of their own; the section at
 * `anchor`, when the page has it, comes first.
 */
export function groupOf(data: PagefindData, anchor?: string, maxSections = 3): ResultGroup {
  const url = pageUrl(data.url);
  const inPage = (data.sub_results ?? []).filter(
    (s) => s.url.includes('#') && s.url.replace(/index\.html(?=#|$)/, '') !== url,
  );
  const atAnchor = (s: PagefindSubResult) => anchor !== undefined && s.url.endsWith(`#${anchor}`);
  const sections = [...inPage.filter(atAnchor), ...inPage.filter((s) => !atAnchor(s))].slice(0, maxSections);
  return {
    url,
    title: data.meta.title ?? url,
    excerpt: data.excerpt,
    kind: data.filters?.kind?.[0],
    api: data.filters?.api?.[0],
    code: data.meta.code === undefined ? undefined : Number(data.meta.code),
    filters: data.filters ?? {},
    sections,
  };
}

/** Adds the highlight parameter to a result link, before its #fragment. */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path, hash] = url.split('#', 2);
  const separator = path!.includes('?') ? '&' : '?';
  return `${path}${separator}hl=${encodeURIComponent(terms.join(' '))}${hash !== undefined ? `#${hash}` : ''}`;
}
