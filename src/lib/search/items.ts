/** Flattens a search answer into the rows a results list shows, in order, each with its link. */
import { excerptSegments, inlineText, markedSegments, withoutLeadingTitle, type Segment } from './excerpt';
import type { ResultGroup } from './group';
import { withHighlight } from './group';
import { isMessage, type CodeEntry, type ExactAnswer, type MessageEntry } from './query';
import { wordsOf } from '~/lib/text/words';

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

/** A code answers with its page, and beneath it what the code means, the searched words marked. */
function codeItem(e: CodeEntry, terms: string[]): ResultItem {
  const otherName = nameSearched(e, terms);
  return {
    url: e.url,
    title: `${e.code} ${e.label}`,
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
  title: e.title,
  context: `Error message · ${e.apiName} · HTTP ${e.status}`,
  excerpt: markedSegments(e.message, terms),
  level: 0,
});

export function resultItems(
  answer: { exact: ExactAnswer[]; groups: ResultGroup[] },
  terms: string[],
): ResultItem[] {
  const items = answer.exact.map((e) => (isMessage(e) ? messageItem(e, terms) : codeItem(e, terms)));
  for (const group of answer.groups) {
    items.push({
      url: withHighlight(group.url, terms),
      title: group.title,
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
