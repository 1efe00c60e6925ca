/**
 * Search from query to answer against any index that answers questions: Pagefind in the browser
 * (scripts/search/engine.ts), or a recording of its answers in the tests. It reads the query
 * (lib/search/reading.ts), asks the planned questions (lib/search/plan.ts), and where the index
 * shows that some terms are on no page, reads the query again with that fact and asks again; then
 * it loads the pages shown and ranks them (lib/search/rank.ts).
 */
import { groupOf, type PagefindData, type ResultGroup } from './group';
import { ENOUGH_PAGES, indexForm, planSearch, type Filters, type Plan } from './plan';
import { leadsForSure, rankResults, type ListedCode } from './rank';
import { normalizeQuery } from './query-text';
import {
  exactAnswers,
  readQuery,
  withIndexFacts,
  withinFilters,
  type IndexFacts,
  type Reading,
} from './reading';
import { unmatchedTerms } from './unmatched';
import type { CodeEntry, ExactAnswer, Vocabulary } from './vocabulary';

/** A page the index found for a question, and which of its words matched the question's. */
export interface FoundPage {
  data: PagefindData;
  matched: string[];
}

export interface IndexResult {
  id: string;
  /** The page's details, fetched on demand. */
  load: () => Promise<FoundPage>;
}

/** An index that answers one question at a time: words (or null for every page) within filters. */
export interface SearchIndex {
  ask(term: string | null, filters: Filters, sort?: Filters): Promise<IndexResult[]>;
}

export interface SearchAnswer {
  query: string;
  /** The reading the answer is for, once the index has shown which terms no page holds. */
  reading: Reading;
  exact: ExactAnswer[];
  groups: ResultGroup[];
  /** Terms of the query that no page holds, left out. */
  unknown: string[];
  /** The terms the results are for, when some of the query's were left out. */
  answeredFor?: string;
}

/** How many pages get their details loaded per query; more are rarely read. */
const RESULTS_SHOWN = 8;
/** Terms are counted one by one, when none finds a page, up to this many; longer is a paste. */
const TERMS_COUNTED = 5;
/** The index's facts can change a reading at most this many times (a misspelling read, then a word left out). */
const READINGS = 3;

interface Asked {
  results: IndexResult[];
  /** The results of the question for the reading's terms, when it was asked. */
  forTerms?: IndexResult[];
  /** The terms of the words question whose pages are shown, when one found any. */
  answeredTerms?: readonly string[];
}

/** Asks a plan's questions in order, each when its condition holds; the results of all, once each. */
async function askPlan(plan: Plan, index: SearchIndex, terms: readonly string[]): Promise<Asked> {
  const asked: Asked = { results: [] };
  const seen = new Set<string>();
  let previous: IndexResult[] = [];
  for (const question of plan.questions) {
    if (question.when === 'if-none' && previous.length) continue;
    if (question.when === 'if-few' && asked.results.length >= ENOUGH_PAGES) continue;
    previous = await index.ask(question.term, question.filters, question.sort);
    if (question.terms === terms) asked.forTerms = previous;
    if (question.terms && previous.length) asked.answeredTerms ??= question.terms;
    for (const result of previous)
      if (!seen.has(result.id)) {
        seen.add(result.id);
        asked.results.push(result);
      }
  }
  return asked;
}

/**
 * What the index shows of a reading's terms: those its best page for them does not hold in any form
 * (the index answers a word it lacks with words that start like it: `webhook` with "web"), or, when
 * no page holds them all, how many pages hold each.
 */
async function indexFacts(
  reading: Reading,
  asked: Asked,
  index: SearchIndex,
  load: (result: IndexResult) => Promise<FoundPage>,
): Promise<IndexFacts | undefined> {
  const { terms } = reading;
  if (!asked.forTerms || !terms.length) return undefined;
  const [best] = asked.forTerms;
  if (best) {
    const { matched } = await load(best);
    const unknown = terms.filter((term) => unmatchedTerms(term, matched).length > 0);
    return unknown.length ? { unknown } : undefined;
  }
  if (terms.length === 1) return { unknown: terms };
  if (terms.length > TERMS_COUNTED || reading.pages) return undefined;
  const counts = await Promise.all(terms.map((term) => pagesHolding(index, term, load)));
  const pages = Object.fromEntries(terms.map((term, i) => [term, counts[i]!]));
  return { unknown: terms.filter((term) => pages[term] === 0), pages };
}

/** How many pages hold a term in some form; none when the index only found pages that start like it. */
async function pagesHolding(
  index: SearchIndex,
  term: string,
  load: (result: IndexResult) => Promise<FoundPage>,
): Promise<number> {
  const results = await index.ask(indexForm([term]), {});
  const [best] = results;
  if (!best) return 0;
  const { matched } = await load(best);
  return unmatchedTerms(term, matched).length === 0 ? results.length : 0;
}

export interface SearchOptions {
  /** The filters the reader chose (API, kind, class). */
  filters?: Filters;
  /** The codes the APIs list, which the ranking tells legacy and unlisted codes by. */
  codes?: readonly ListedCode[];
  /** Receives an early answer built from the best match alone, when no other can rank above it. */
  onFirst?: (answer: SearchAnswer) => void;
  /**
   * Where the vocabulary holds only the codes the query names by number (the browser loads codes
   * per query, lib/search/search-data.ts): the entries of the codes asked, in the vocabulary's
   * order, for the exact answers of the final reading and the ranking of the pages found.
   */
  codeEntries?: (codes: readonly number[]) => Promise<readonly CodeEntry[]>;
}

/** Answers a query (see the module's comment). */
export async function runSearch(
  query: string,
  vocabulary: Vocabulary,
  source: SearchIndex,
  { filters = {}, codes = vocabulary.codes, onFirst, codeEntries }: SearchOptions = {},
): Promise<SearchAnswer> {
  const text = normalizeQuery(query);
  const within = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  // Each question is asked once per search: a reading asked again repeats some of its questions.
  const asked = new Map<string, Promise<IndexResult[]>>();
  const index: SearchIndex = {
    ask: (term, filters, sort) => {
      const key = JSON.stringify([term, filters, sort]);
      let answer = asked.get(key);
      if (!answer) asked.set(key, (answer = source.ask(term, filters, sort)));
      return answer;
    },
  };
  let reading = readQuery(text, vocabulary);
  // The details of a page as one question found it (its matched words are the question's).
  const loads = new WeakMap<IndexResult, Promise<FoundPage>>();
  const load = (result: IndexResult) => {
    let loaded = loads.get(result);
    if (!loaded) loads.set(result, (loaded = result.load()));
    return loaded;
  };
  let plan = planSearch(reading, vocabulary, within);
  let found = await askPlan(plan, index, reading.terms);
  for (let round = 1; round < READINGS; round++) {
    const facts = await indexFacts(reading, found, index, load);
    if (!facts) break;
    reading = withIndexFacts(reading, facts, vocabulary);
    plan = planSearch(reading, vocabulary, within);
    found = await askPlan(plan, index, reading.terms);
  }

  const named = codeEntries && (await codeEntries(reading.codes));
  const final = named ? exactAnswers(reading, { ...vocabulary, codes: [...named] }) : reading.exact;
  const exact = withinFilters(final, within);
  const exactUrls = new Set(exact.map((e) => e.url));
  const leftOut =
    reading.unknown.length > 0 || (found.answeredTerms && found.answeredTerms !== reading.terms);
  // The codes the ranking tells the pages' tiers by: all of them, or the entries of the pages' codes.
  const listingsOf = async (pages: FoundPage[]) => {
    if (!codeEntries) return codes;
    const shown = pages.map((page) => Number(page.data.meta.code)).filter(Number.isInteger);
    return codeEntries([...new Set(shown)]);
  };
  const listed = codeEntries !== undefined || codes.length > 0;
  const answer = (pages: FoundPage[], codes: readonly ListedCode[]): SearchAnswer => {
    const groups = new Map<string, ResultGroup>();
    for (const page of pages) {
      const group = groupOf(page.data, plan.anchor);
      if (!groups.has(group.url) && !exactUrls.has(group.url)) groups.set(group.url, group);
    }
    return {
      query: text,
      reading,
      exact,
      groups: rankResults([...groups.values()], reading, codes, listed),
      unknown: reading.unknown,
      ...(leftOut && found.answeredTerms && { answeredFor: found.answeredTerms.join(' ') }),
    };
  };
  const ranked = async (pages: FoundPage[]) => {
    const listings = await listingsOf(pages);
    return { answer: answer(pages, listings), listings };
  };
  const shown = found.results.slice(0, RESULTS_SHOWN);
  if (!onFirst || shown.length <= 1) return (await ranked(await Promise.all(shown.map(load)))).answer;
  // The best match's details are asked for alone: the others would compete with it for the
  // index and the network.
  const first = await load(shown[0]!);
  const early = await ranked([first]);
  if (early.answer.groups.every((g) => leadsForSure(g, reading, early.listings, listed)))
    onFirst(early.answer);
  return (await ranked([first, ...(await Promise.all(shown.slice(1).map(load)))])).answer;
}
