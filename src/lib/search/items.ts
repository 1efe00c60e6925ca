/** Flattens a search answer into the rows a results list shows, in order, each with its link. */
import { numberUrl } from '~/lib/site/urls';
import { counted } from '~/lib/text/plural';
import { wordsOf } from '~/lib/text/words';
import { excerptSegments, inlineText, markedSegments, withoutLeadingTitle, type Segment } from './excerpt';
import { withHighlight, type ResultGroup } from './group';
import { isMessage, type CodeEntry, type ExactAnswer, type MessageEntry } from './vocabulary';

export interface ResultItem {
  url: string;
  title: string;
  /** Kind and API, e.g. "Code · REST". */
  context: string;
  excerpt: Segment[];
  /** 0 for a page, 1 for a section of the page above it. */
  level: 0 | 1;
}

/** The code's other name that the searched words spell, which its title and phrase do not show. */
const nameSearched = (e: CodeEntry, terms: string[]) =>
  e.alsoCalled.find((name) => wordsOf(name).every((word) => terms.includes(word)));

/** An exact answer's title, as its page has it. */
const exactTitle = (e: ExactAnswer) => (isMessage(e) ? e.title : `${e.code} ${e.label}`);

/** A code answers with its page, and beneath it what the code means, the searched words marked. */
function codeItem(e: CodeEntry, terms: string[]): ResultItem {
  const otherName = nameSearched(e, terms);
  return {
    url: e.url,
    title: exactTitle(e),
    // The standard phrase where the API's label differs: what "not found" found in "Does Not Exist";
    // and the other name searched for: why "validation error" found "Missing or Invalid Data".
    context: [
      'Status code',
      e.apiName,
      e.legacy && 'legacy',
      e.standardPhrase && e.standardPhrase !== e.label && `standard phrase ${e.standardPhrase}`,
      otherName !== undefined && `also called ${otherName}`,
    ]
      .filter(Boolean)
      .join(' · '),
    excerpt: markedSegments(inlineText(e.summary), terms),
    level: 0,
  };
}

/**
 * A quoted message answers with its page, the message whole beneath with the searched words marked:
 * the reader compares the two.
 */
const messageItem = (e: MessageEntry, terms: string[]): ResultItem => ({
  url: e.url,
  title: exactTitle(e),
  context: `Error message · ${e.apiName} · HTTP ${e.status}`,
  excerpt: markedSegments(e.message, terms),
  level: 0,
});

/**
 * A page's title told apart from the same title on other pages, as the pages' own titles do:
 * "401 Unauthorized (REST)", "401 Unauthorized (GraphQL)" and "HTTP 401 Unauthorized" for the
 * number's page across APIs.
 */
function distinctTitle(
  title: string,
  page: { url: string; api?: string | undefined; code?: number | undefined; kind?: string | undefined },
): string {
  if (page.code !== undefined && page.url === numberUrl(page.code)) return `HTTP ${title}`;
  const of = page.api ?? page.kind;
  return of === undefined ? title : `${title} (${of})`;
}

/**
 * How many APIs' pages of one code a list shows, in the APIs' order. On a site of many APIs a code
 * number names a page in each; past the first few, the number's page across APIs, which lists them
 * all, stands for the rest. The list stays short to read and quick to draw: at 101 APIs, `429`
 * listed 104 rows and took 28-35 ms to answer (median of 10); 11 rows now, in 12 ms.
 */
export const CODE_PAGES_SHOWN = 8;

/**
 * The exact answers a list shows, and the number's page for each code with more pages than it
 * shows: in the list, it stands for the rest.
 */
function shownExact(exact: ExactAnswer[]): { shown: ExactAnswer[]; numbers: ResultItem[] } {
  const shown: ExactAnswer[] = [];
  const perCode = new Map<number, { first: CodeEntry; count: number }>();
  for (const e of exact) {
    if (isMessage(e)) {
      shown.push(e);
      continue;
    }
    let seen = perCode.get(e.code);
    if (!seen) perCode.set(e.code, (seen = { first: e, count: 0 }));
    if (seen.count++ < CODE_PAGES_SHOWN) shown.push(e);
  }
  const numbers = [...perCode.values()]
    .filter(({ count }) => count > CODE_PAGES_SHOWN)
    .map(({ first, count }) => numberItem(first, count - CODE_PAGES_SHOWN));
  return { shown, numbers };
}

/**
 * The number's page across APIs, standing for a code's pages that the list leaves out; titled as
 * that page is (lib/site/pages/number.ts).
 */
function numberItem(first: CodeEntry, left: number): ResultItem {
  return {
    url: numberUrl(first.code),
    title: `HTTP ${first.code} ${first.standardPhrase ?? first.label}`,
    context: `Status code across APIs · ${counted(left, 'more API')} than listed above`,
    excerpt: [],
    level: 0,
  };
}

/** A page the index found, and its sections beneath it. */
function groupItems(group: ResultGroup, terms: string[], title: string, context?: string): ResultItem[] {
  return [
    {
      url: withHighlight(group.url, terms),
      title,
      context: context ?? [group.kind, group.api].filter(Boolean).join(' · '),
      excerpt: withoutLeadingTitle(excerptSegments(group.excerpt), group.title),
      level: 0,
    },
    ...group.sections.map((section) => ({
      url: withHighlight(section.url, terms),
      title: section.title,
      context: '',
      excerpt: withoutLeadingTitle(excerptSegments(section.excerpt), section.title),
      level: 1 as const,
    })),
  ];
}

export function resultItems(
  answer: { exact: ExactAnswer[]; groups: ResultGroup[] },
  terms: string[],
): ResultItem[] {
  const { shown, numbers } = shownExact(answer.exact);
  // A number's page standing for a code's other pages comes right after those shown: as the index
  // found it, with its sections, or else as the list knows it.
  const found = new Map(answer.groups.map((group) => [group.url, group]));
  const groups = answer.groups.filter((group) => !numbers.some((item) => item.url === group.url));
  const pages = [...shown.map((e) => ({ url: e.url, title: exactTitle(e), api: e.apiShortName })), ...groups];
  const count = new Map<string, number>();
  for (const page of pages) count.set(page.title, (count.get(page.title) ?? 0) + 1);
  const titleOf = (page: (typeof pages)[number]) =>
    count.get(page.title)! > 1 ? distinctTitle(page.title, page) : page.title;
  const items = shown.map((e, i) => ({
    ...(isMessage(e) ? messageItem(e, terms) : codeItem(e, terms)),
    title: titleOf(pages[i]!),
  }));
  for (const number of numbers) {
    const group = found.get(number.url);
    items.push(...(group ? groupItems(group, terms, number.title, number.context) : [number]));
  }
  for (const group of groups) items.push(...groupItems(group, terms, titleOf(group)));
  return items;
}
