/**
 * The questions search asks the index for one reading of a query (lib/search/reading.ts), in
 * order, with their fallbacks: first the pages the reading names (the lists of codes, a header's
 * page, a guide's subject, an operator's rows), then the query's own words, then, where no page
 * holds them all, fewer of them. A pure function: lib/search/run.ts asks the questions.
 */
import { CODE_LIST_FILTER, CODE_LIST_SORT, HEADER_FILTER, TOPIC_FILTER } from './markup';
import { isQuestionWord, type Reading } from './reading';
import type { Vocabulary } from './vocabulary';
import { asWords } from '~/lib/text/words';

/** Filters as the index takes them: one value per filter. */
export type Filters = Readonly<Record<string, string>>;

export interface Question {
  /** The words to find, as the index reads them, or null for every page the filters allow. */
  term: string | null;
  filters: Filters;
  sort?: Filters;
  /**
   * When it is asked: always; only when the questions before it found nothing (a fallback); or
   * only when they found fewer than ENOUGH_PAGES.
   */
  when: 'always' | 'if-none' | 'if-few';
  /** The reading's terms this question asks for, when it asks for them: its pages show which no page holds. */
  terms?: readonly string[];
}

export interface Plan {
  questions: Question[];
  /** The section to open first on the pages found: an operator's row. */
  anchor?: string;
}

/** Fewer pages than this found for the query's words are followed by those for a name among them. */
export const ENOUGH_PAGES = 3;

/**
 * A term as the index should read it. Pagefind files a name like `X-Request-Count` under the whole
 * name and under each part, but reads a typed `Request-Count` as one word that no page holds; a
 * hyphen or colon between two words becomes a space, so a header's name, any part of it or an
 * operator finds the pages holding all its words. Beside a digit it stays: `UTF 8` asks for an "8".
 */
export const indexForm = (terms: readonly string[]) =>
  terms.map((term) => term.replace(/(?<=[\p{L}_])[-:](?=[\p{L}_])/gu, ' ')).join(' ');

/**
 * The terms to ask for, in turn, when no page holds them all (the index counted the pages holding
 * each): first without the words that only phrase a question, then without the words that name
 * nothing the site knows, one at a time, then the rest, one at a time; within each, the commonest
 * first, which narrow the least. A term on no page is never asked, and nothing is when only
 * phrasing words are left.
 */
export function fewerTerms(
  terms: readonly string[],
  pages: Readonly<Record<string, number>>,
  vocabulary: Vocabulary,
): string[][] {
  const known = (term: string) =>
    term
      .toLowerCase()
      .split(/[^\p{L}\p{N}_]+/u)
      .some((w) => vocabulary.words.has(w));
  const held = terms.filter((term) => (pages[term] ?? 0) > 0);
  const subject = held.filter((term) => !isQuestionWord(term));
  // Words that only phrase a sentence say nothing once its subject is on no page ("I'm a
  // teapot"): the site does not cover it.
  if (!subject.length && held.length < terms.length) return [];
  const steps: string[][] = [];
  let asking = subject.length ? subject : held;
  if (asking.length < held.length) steps.push(asking);
  const order = [...asking].sort(
    (a, b) => Number(known(a)) - Number(known(b)) || (pages[b] ?? 0) - (pages[a] ?? 0),
  );
  for (const term of order.slice(0, -1)) {
    asking = asking.filter((t) => t !== term);
    steps.push(asking);
  }
  return steps;
}

/**
 * The questions for a reading. `within` holds the filters the reader chose (API, kind, class),
 * which every question keeps.
 */
export function planSearch(reading: Reading, vocabulary: Vocabulary, within: Filters = {}): Plan {
  const questions: Question[] = [];
  const ask = (term: string | null, filters: Filters, rest: Partial<Question> = {}) =>
    questions.push({ term, filters: { ...filters, ...within }, when: 'always', ...rest });

  // Filters alone: every page they allow.
  if (!reading.text && Object.keys(within).length) ask(null, {});

  // The pages the reading names.
  if (reading.codeList) {
    const { apis } = reading.codeList;
    if (apis.length === 0) ask(null, CODE_LIST_FILTER, { sort: CODE_LIST_SORT });
    for (const api of apis) ask(null, { ...CODE_LIST_FILTER, api });
  }
  if (reading.header?.subject && reading.header.filter) ask(null, { [HEADER_FILTER]: reading.header.filter });
  if (reading.topic !== undefined) ask(null, { [TOPIC_FILTER]: reading.topic });
  const focus = reading.focus;
  if (focus) ask(focus.words, { [focus.filter]: focus.value });
  // A header a question names among other words ("how do I send the auth token"): its page.
  for (const header of reading.mentions.headers) ask(null, { [HEADER_FILTER]: header });

  // The query's words: after an operator's rows only when the site has none; where no page holds
  // them all, fewer of them, one left out at a time.
  const terms = reading.terms;
  if (terms.length) {
    ask(indexForm(terms), {}, { when: focus ? 'if-none' : 'always', terms });
    if (reading.pages)
      for (const fewer of fewerTerms(terms, reading.pages, vocabulary))
        ask(indexForm(fewer), {}, { when: 'if-none', terms: fewer });
  }

  // A header's page where its line's words find few ("Content-Type: application/json; charset=utf-8").
  if (reading.header?.filter !== undefined && !reading.header.subject)
    ask(null, { [HEADER_FILTER]: reading.header.filter }, { when: 'if-few' });
  // A code's number or name among other words: its page. A number or a name of two words or more
  // is the reader naming the status ("curl 429", "too many requests curl"); one word may be their
  // own ("conflict duplicate"), and is asked only where the words found few.
  for (const name of mentionedNames(reading, vocabulary))
    ask(name, {}, { when: /^\d+$|\s/.test(name) ? 'always' : 'if-few' });

  return { questions, ...(focus?.anchor !== undefined && { anchor: focus.anchor }) };
}

/** The numbers and names of the codes a reading mentions among other words, as the query spells them. */
function mentionedNames(reading: Reading, vocabulary: Vocabulary): string[] {
  const codes = reading.mentions.codes;
  if (!codes.length) return [];
  const text = ` ${asWords(reading.corrected ?? reading.text)} `;
  return [
    ...codes.map(String),
    ...[...vocabulary.codeNames]
      .filter(([, named]) => [...named].some((c) => codes.includes(c)))
      .map(([name]) => name),
  ].filter((name) => text.includes(` ${name} `));
}
