/**
 * Search itself: Pagefind for full text, plus the site's list of status codes so that a query
 * naming a code answers before the index does (Pagefind matches numbers by prefix: 3 finds 300).
 */
import {
  groupResults,
  mayMoveDown,
  orderResults,
  type OrderContext,
  type PagefindData,
  type ResultGroup,
} from '~/lib/search/group';
import { CODE_LIST_FILTER, CODE_LIST_SORT, OPERATOR_FILTER, TOPIC_FILTER } from '~/lib/search/markup';
import {
  apisNamed,
  asksForCodeList,
  codeListsFirst,
  exactCodeMatches,
  exactMessageMatches,
  headerLine,
  indexQuery,
  normalizeQuery,
  operatorInWords,
  queryFocus,
  questionSubject,
  withinFilters,
  wordsToLeaveOut,
  type CodeEntry,
  type ExactAnswer,
  type MessageEntry,
} from '~/lib/search/query';
import type { FilterName } from '~/lib/search/state';
import { matchedWords, onlyGuesses, unmatchedTerms } from '~/lib/search/unmatched';
import { EVERY_CHUNK_TERMS, indexedPages, loadsWhole } from '~/lib/search/whole-index';
import { topicKey, wordsOf } from '~/lib/text/words';
import { PAGEFIND_ENTRY_PATH, PAGEFIND_PATH, STATUS_EXPORT_URL } from './paths';

interface PagefindResult {
  id: string;
  /** Where in the page's content the query's words matched, counted in words. */
  words: number[];
  data: () => Promise<PagefindData>;
}

type PagefindSearch = { results: PagefindResult[] } | null;

/** One question to the index: words (or null for every page) within filters, in an order if given. */
type Ask = (
  term: string | null,
  within: Record<string, string>,
  sort?: Record<string, string>,
) => Promise<PagefindSearch>;

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  /** A null term finds every page the filters allow. */
  search: (term: string | null, options?: object) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** What search reads of /status-codes.json (lib/status-export.ts). */
interface StatusExport {
  apis: { id: string; name: string; shortName: string }[];
  codes: Omit<CodeEntry, 'apiName' | 'apiShortName'>[];
  graphqlErrors: Pick<MessageEntry, 'api' | 'status' | 'message' | 'title' | 'url'>[];
}

export type Filters = Partial<Record<FilterName, string>>;

export interface SearchAnswer {
  query: string;
  exact: ExactAnswer[];
  groups: ResultGroup[];
  /** Words of the query that no result holds: the index matched only a shorter word in their place. */
  unmatched: string[];
  /** The words the results are for, when no page holds all of the query's. */
  answeredFor?: string;
}

/** How many pages get their details loaded per query; more are rarely read. */
const RESULTS_SHOWN = 8;
/** A query that finds nothing has its words checked one by one up to this many; longer is a paste. */
const WORDS_CHECKED = 5;
/** Fewer pages than this holding a question's every word are followed by those for its subject. */
const ENOUGH_RESULTS = 3;
/** The best match is shown as soon as its details arrive, before the rest. */
const FIRST_BATCH = 1;

export class SearchEngine {
  private pagefind: Pagefind | undefined;
  private codes: CodeEntry[] = [];
  private messages: MessageEntry[] = [];
  private readonly filterSets = new Map<string, Promise<Set<string>>>();
  /** Resolves when the lists of codes and messages are loaded; the index may still be on its way. */
  readonly codesReady: Promise<void>;
  /** Resolves to false when there is no index (the dev server, or a build without Pagefind). */
  readonly indexReady: Promise<boolean>;
  /** The latest query sent to the index. */
  private lastQuery: Promise<unknown> = Promise.resolve();

  constructor() {
    this.codesReady = fetch(STATUS_EXPORT_URL)
      .then((response) => (response.ok ? (response.json() as Promise<StatusExport>) : undefined))
      .then((data) => {
        if (!data) return;
        const apiOf = new Map(data.apis.map((a) => [a.id, a]));
        // The export holds canonical absolute URLs; links stay on the origin being browsed.
        const local = <T extends { api: string; url: string }>(entry: T) => ({
          ...entry,
          url: new URL(entry.url).pathname,
          apiName: apiOf.get(entry.api)?.name ?? entry.api,
          apiShortName: apiOf.get(entry.api)?.shortName ?? entry.api,
        });
        this.codes = data.codes.map(local);
        this.messages = data.graphqlErrors.map((m) => ({
          ...local(m),
          class: `${String(m.status)[0]}xx`,
        }));
      })
      .catch(() => undefined);
    this.indexReady = this.loadIndex();
  }

  private async loadIndex(): Promise<boolean> {
    try {
      const [pagefind, pages] = await Promise.all([
        import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<Pagefind>,
        fetch(PAGEFIND_ENTRY_PATH)
          .then((response) => response.json())
          .then(indexedPages, () => undefined),
      ]);
      // Pagefind's default length penalty (0.75) put a short page that says "header" once above the
      // Headers index for "headers", and 423 Locked above the codes index for "status codes". At
      // 0.5 the index pages lead and every ranked query in e2e/search.spec.ts keeps its place.
      await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.5 } });
      await pagefind.init();
      // init() returns before the WebAssembly module is ready; an empty search waits for it, so the
      // reader's first query (typed after the dialog opens) does not pay for the download. Every
      // search also needs the filter chunks (for its counts): they load now too.
      await Promise.all([pagefind.search(''), pagefind.filters()]);
      this.pagefind = pagefind;
      // A small index now loads whole (lib/search/whole-index.ts), once a query typed while the
      // index was loading has been answered: that one needs only its own words' chunks, and the
      // others would hold it up (50–90 ms measured).
      const whole = loadsWhole(pages)
        ? new Promise((resolve) => setTimeout(resolve))
            .then(() => this.lastQuery)
            .then(() => pagefind.preload(EVERY_CHUNK_TERMS))
        : Promise.resolve();
      // Marks the index as in, whole when small: the benchmark times first queries from here.
      void whole.catch(() => undefined).then(() => (document.documentElement.dataset.searchReady = ''));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The exact answers, available as soon as the lists are: the messages a query quotes, which say
   * more than their status, then the code it names.
   */
  exact(query: string, filters: Filters): ExactAnswer[] {
    return withinFilters(
      [...exactMessageMatches(this.messages, query), ...exactCodeMatches(this.codes, query)],
      filters,
    );
  }

  /**
   * Answers a query. `onFirst` receives an early answer built from the best match alone, so that it
   * shows before the details of the others have loaded.
   */
  async search(
    query: string,
    filters: Filters,
    onFirst?: (answer: SearchAnswer) => void,
  ): Promise<SearchAnswer> {
    const q = normalizeQuery(query);
    const exact = this.exact(q, filters);
    const hasFilters = Object.values(filters).some(Boolean);
    if (!q && !hasFilters) return { query: q, exact, groups: [], unmatched: [] };
    // Once the index is loaded, the query goes to it at once, not after a turn of the event loop.
    const pagefind = this.pagefind ?? ((await this.indexReady) ? this.pagefind : undefined);
    if (!pagefind) return { query: q, exact, groups: [], unmatched: [] };
    // What the index is asked, whose words are then judged found or not (a header line's count is
    // not asked for, so it is not "unmentioned" either). A filter expression or a list parameter
    // asks for the pages that document it; one that no page documents, for the words as typed.
    const ask: Ask = (term, within, sort) => {
      const searching = pagefind.search(term, { filters: within, ...(sort && { sort }) });
      this.lastQuery = searching.catch(() => undefined);
      return searching;
    };
    const within = withoutEmpty(filters);
    const focus = hasFilters
      ? undefined
      : queryFocus(q, operatorInWords(q) ? await this.valuesOf(OPERATOR_FILTER) : undefined);
    let asked = focus?.words ?? indexQuery(q);
    let dropped: string[] = [];
    let answeredFor: string | undefined;
    // A header line's value can be the reader's own, a token or an id that no page holds: the index
    // then matched it by its start elsewhere, and left out the header's page (a client header with
    // its key found the list of headers first). Such words are not asked, and the status line says so.
    const line = focus || hasFilters || exact.length ? undefined : headerLine(q);
    const valueWords = line ? [...new Set(indexQuery(line.value).split(' ').filter(Boolean))] : [];
    // A line whose whole value no page holds asks for the header alone, and is ordered as its name
    // typed alone is, the header's page first: the index put the list of headers a hair above it.
    let orderedFor = q;
    if (line && valueWords.length <= WORDS_CHECKED) {
      const pages = await pagesHolding(pagefind, valueWords);
      if (pages.includes(0)) {
        dropped = valueWords.filter((_, i) => pages[i] === 0);
        answeredFor = [line.name, ...valueWords.filter((_, i) => pages[i]! > 0)].join(' ');
        asked = indexQuery(answeredFor);
        if (dropped.length === valueWords.length) orderedFor = line.name;
      }
    }
    let found = await ask(asked, focus ? { [focus.filter]: focus.value } : within);
    const focused = Boolean(focus && found?.results.length);
    if (focus && !focused) found = await ask((asked = indexQuery(q)), {});
    // The index wants every word: a word no page holds ("capped backoff"), or words that no
    // page holds together ("how to handle throttling"), leave nothing. The words some page holds
    // are asked again, then without the question's words and the commonest, one at a time, until a
    // page holds the rest.
    const words = [...new Set(asked.split(' ').filter(Boolean))];
    if (!found?.results.length && !focused && words.length > 1 && words.length <= WORDS_CHECKED) {
      const pages = await pagesHolding(pagefind, words);
      const leaveOut = wordsToLeaveOut(words, pages);
      let asking = words.filter((word) => leaveOut.includes(word));
      if (asking.length && asking.length < words.length) found = await ask(asking.join(' '), within);
      for (const word of leaveOut) {
        if (found?.results.length || asking.length < 2) break;
        asking = asking.filter((w) => w !== word);
        found = await ask(asking.join(' '), within);
      }
      if (found?.results.length) {
        dropped = words.filter((_, i) => pages[i] === 0).flatMap(wordsOf);
        answeredFor = asked = asking.join(' ');
      }
    }
    // A question's own words can leave a page or two: "how to handle rate limits" found only the
    // REST list, the one page that says "handle". The pages for its subject ("rate limits") follow.
    const subject = questionSubject(words);
    const few = found?.results.length ?? 0;
    if (subject && few > 0 && few < ENOUGH_RESULTS && !focused && !answeredFor) {
      const more = await ask(subject.join(' '), within);
      const held = new Set(found!.results.map((r) => r.id));
      found = { results: [...found!.results, ...(more?.results ?? []).filter((r) => !held.has(r.id))] };
    }
    const anchor = focused ? focus?.anchor : undefined;
    const topic = topicKey(q);
    const ordering: OrderContext = {
      codes: this.codes,
      query: orderedFor,
      operatorRows: anchor !== undefined,
      topic: !hasFilters && (await this.valuesOf(TOPIC_FILTER)).has(topic) ? topic : undefined,
    };
    const exactUrls = new Set(exact.map((e) => e.url));
    const lists = !hasFilters && asksForCodeList(q, this.codes) ? await this.codeLists(q, ask) : undefined;
    const ranked = found?.results ?? [];
    const shown = (lists ? codeListsFirst(ranked, lists) : ranked).slice(0, RESULTS_SHOWN);
    const answer = (data: PagefindData[]): SearchAnswer => {
      // A query with an exact answer (a pasted client error names a code) was understood,
      // whatever its other words.
      const matched = exact.length
        ? []
        : data.flatMap((d, i) => matchedWords(d.content ?? '', shown[i]!.words));
      if (matched.length && onlyGuesses(asked, matched))
        return { query: q, exact, groups: [], unmatched: [] };
      const unmatched = [...dropped, ...(matched.length ? unmatchedTerms(asked, matched) : [])];
      return {
        query: q,
        exact,
        groups: orderResults(groupResults(data, undefined, anchor), ordering).filter(
          (g) => !exactUrls.has(g.url),
        ),
        unmatched,
        ...(answeredFor === undefined ? {} : { answeredFor }),
      };
    };
    if (!onFirst || shown.length <= FIRST_BATCH) return answer(await Promise.all(shown.map((r) => r.data())));
    // The best match's details are asked for alone: the others would compete with it for the
    // index's worker and the network.
    const first = await Promise.all(shown.slice(0, FIRST_BATCH).map((r) => r.data()));
    // A best match that the others will push down is not shown alone first.
    const early = answer(first);
    if (!early.groups.some((g) => mayMoveDown(g, ordering))) onFirst(early);
    return answer([...first, ...(await Promise.all(shown.slice(FIRST_BATCH).map((r) => r.data())))]);
  }

  /**
   * The lists of codes in their places; when the query names APIs, only theirs ("REST error codes"
   * wants the REST list, not the GraphQL one).
   */
  private async codeLists(query: string, ask: Ask): Promise<PagefindResult[]> {
    const all = (await ask(null, CODE_LIST_FILTER, CODE_LIST_SORT))?.results ?? [];
    const short = new Map(this.codes.map((c) => [c.api, c.apiShortName]));
    const named = await Promise.all(
      apisNamed(this.codes, query).map((api) => ask(null, { ...CODE_LIST_FILTER, api: short.get(api)! })),
    );
    if (!named.length) return all;
    const own = new Set(named.flatMap((found) => found?.results ?? []).map((r) => r.id));
    return all.filter((r) => own.has(r.id));
  }

  async filterValues(): Promise<Record<string, string[]>> {
    if (!(await this.indexReady) || !this.pagefind) return {};
    const all = await this.pagefind.filters();
    return Object.fromEntries(
      Object.entries(all).map(([name, values]) => [name, Object.keys(values).sort()]),
    );
  }

  /**
   * The values of one of the index's filters, read once: the filter operators the site documents
   * (`in`, `not_in`…), which two-word queries ask for, and the guides' subjects, which every query
   * is checked against.
   */
  private valuesOf(filter: string): Promise<Set<string>> {
    let values = this.filterSets.get(filter);
    if (!values)
      this.filterSets.set(filter, (values = this.filterValues().then((all) => new Set(all[filter]))));
    return values;
  }
}

/**
 * How many pages hold each word, asked one at a time. A word no page holds still finds the pages
 * that hold its start: its best match decides, and it counts none.
 */
async function pagesHolding(pagefind: Pagefind, words: string[]): Promise<number[]> {
  return Promise.all(
    words.map(async (word) => {
      const results = (await pagefind.search(word))?.results ?? [];
      const best = results[0];
      if (!best) return 0;
      const matched = matchedWords((await best.data()).content ?? '', best.words);
      return unmatchedTerms(word, matched).length === 0 ? results.length : 0;
    }),
  );
}

function withoutEmpty(filters: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
}

let shared: SearchEngine | undefined;

/** One engine per page, created on first use. */
export function searchEngine(): SearchEngine {
  shared ??= new SearchEngine();
  return shared;
}
