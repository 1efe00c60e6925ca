/** Flattens a search answer into the rows a results list shows, in order, each with its link. */
import { numberUrl } from '~/lib/site/urls';
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

export function resultItems(
  answer: { exact: ExactAnswer[]; groups: ResultGroup[] },
  terms: string[],
): ResultItem[] {
  const pages = [
    ...answer.exact.map((e) => ({ url: e.url, title: exactTitle(e), api: e.apiShortName })),
    ...answer.groups,
  ];
  const count = new Map<string, number>();
  for (const page of pages) count.set(page.title, (count.get(page.title) ?? 0) + 1);
  const titleOf = (page: (typeof pages)[number]) =>
    count.get(page.title)! > 1 ? distinctTitle(page.title, page) : page.title;
  const items = answer.exact.map((e, i) => ({
    ...(isMessage(e) ? messageItem(e, terms) : codeItem(e, terms)),
    title: titleOf(pages[i]!),
  }));
  for (const group of answer.groups) {
    items.push({
      url: withHighlight(group.url, terms),
      title: titleOf(group),
      context: [group.kind, group.api].filter(Boolean).join(' · '),
      excerpt: withoutLeadingTitle(excerptSegments(group.excerpt), group.title),
      level: 0,
    });
    for (const section of group.sections) {
      items.push({
        url: withHighlight(section.url, terms),
        title: section.title,
        context: '',
        excerpt: withoutLeadingTitle(excerptSegments(section.excerpt), section.title),
        level: 1,
      });
    }
  }
  return items;
}
