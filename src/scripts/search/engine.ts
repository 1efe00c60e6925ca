/**
 * Search in the browser: Pagefind for the index, the site's list of status codes and messages for
 * the vocabulary that reads a query (lib/search/vocabulary.ts), and lib/search/run.ts for the rest.
 */
import type { Filters } from '~/lib/search/plan';
import { readQuery, withinFilters } from '~/lib/search/reading';
import { runSearch, type IndexResult, type SearchAnswer, type SearchIndex } from '~/lib/search/run';
import type { FilterName } from '~/lib/search/state';
import { matchedWords } from '~/lib/search/unmatched';
import {
  buildVocabulary,
  EMPTY_VOCABULARY,
  entriesOfExport,
  type StatusExportData,
  type CodeEntry,
  type ExactAnswer,
  type MessageEntry,
  type Vocabulary,
} from '~/lib/search/vocabulary';
import type { PagefindData } from '~/lib/search/group';
import { PAGEFIND_OPTIONS } from '~/lib/search/index-options';
import { EVERY_CHUNK_TERMS, indexedPages, loadsWhole } from '~/lib/search/whole-index';
import { PAGEFIND_ENTRY_PATH, PAGEFIND_PATH, STATUS_EXPORT_URL } from './paths';

interface PagefindResult {
  id: string;
  /** Where in the page's content the query's words matched, counted in words. */
  words: number[];
  data: () => Promise<PagefindData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  /** A null term finds every page the filters allow. */
  search: (term: string | null, options?: object) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export type { SearchAnswer };
export type ChosenFilters = Partial<Record<FilterName, string>>;

export class SearchEngine {
  private pagefind: Pagefind | undefined;
  private codes: CodeEntry[] = [];
  private messages: MessageEntry[] = [];
  private filters: Record<string, string[]> = {};
  private vocabulary: Vocabulary = EMPTY_VOCABULARY;
  /** Resolves when the lists of codes and messages are loaded; the index may still be on its way. */
  readonly codesReady: Promise<void>;
  /** Resolves to false when there is no index (the dev server, or a build without Pagefind). */
  readonly indexReady: Promise<boolean>;
  /** The latest question sent to the index. */
  private lastQuestion: Promise<unknown> = Promise.resolve();

  constructor() {
    this.codesReady = fetch(STATUS_EXPORT_URL)
      .then((response) => (response.ok ? (response.json() as Promise<StatusExportData>) : undefined))
      .then((data) => {
        if (!data) return;
        ({ codes: this.codes, messages: this.messages } = entriesOfExport(data));
        this.rebuildVocabulary();
      })
      .catch(() => undefined);
    this.indexReady = this.loadIndex();
  }

  private rebuildVocabulary(): void {
    this.vocabulary = buildVocabulary({ codes: this.codes, messages: this.messages, filters: this.filters });
  }

  private async loadIndex(): Promise<boolean> {
    try {
      const [pagefind, pages] = await Promise.all([
        import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<Pagefind>,
        fetch(PAGEFIND_ENTRY_PATH)
          .then((response) => response.json())
          .then(indexedPages, () => undefined),
      ]);
      await pagefind.options(PAGEFIND_OPTIONS);
      await pagefind.init();
      // init() returns before the WebAssembly module is ready; an empty search waits for it, so the
      // reader's first query (typed after the dialog opens) does not pay for the download. The
      // filter values are the index's part of the vocabulary.
      const [, filters] = await Promise.all([pagefind.search(''), pagefind.filters()]);
      this.filters = Object.fromEntries(
        Object.entries(filters).map(([name, values]) => [name, Object.keys(values)]),
      );
      this.rebuildVocabulary();
      this.pagefind = pagefind;
      // A small index now loads whole (lib/search/whole-index.ts), once a query typed while the
      // index was loading has been answered: that one needs only its own words' chunks, and the
      // others would hold it up (50–90 ms measured).
      const whole = loadsWhole(pages)
        ? new Promise((resolve) => setTimeout(resolve))
            .then(() => this.lastQuestion)
            .then(() => pagefind.preload(EVERY_CHUNK_TERMS))
        : Promise.resolve();
      // Marks the index as in, whole when small: the benchmark times first queries from here.
      void whole.catch(() => undefined).then(() => (document.documentElement.dataset.searchReady = ''));
      return true;
    } catch {
      return false;
    }
  }

  /** The exact answers, available as soon as the lists are: the messages a query quotes, then the codes it names. */
  exact(query: string, filters: ChosenFilters): ExactAnswer[] {
    return withinFilters(readQuery(query, this.vocabulary).exact, filters);
  }

  /** Answers a query; `onFirst` receives an early answer from the best match alone (lib/search/run.ts). */
  async search(
    query: string,
    filters: ChosenFilters,
    onFirst?: (answer: SearchAnswer) => void,
  ): Promise<SearchAnswer> {
    // Once the index is loaded, the query goes to it at once, not after a turn of the event loop.
    const pagefind = this.pagefind ?? ((await this.indexReady) ? this.pagefind : undefined);
    if (!pagefind) {
      const reading = readQuery(query, this.vocabulary);
      return {
        query: reading.text,
        reading,
        exact: withinFilters(reading.exact, filters),
        groups: [],
        unknown: [],
      };
    }
    return runSearch(query, this.vocabulary, this.index(pagefind), {
      filters: filters as Filters,
      ...(onFirst && { onFirst }),
    });
  }

  /** Pagefind as lib/search/run.ts asks it. */
  private index(pagefind: Pagefind): SearchIndex {
    return {
      ask: async (term, filters, sort) => {
        const searching = pagefind.search(term, { filters, ...(sort && { sort }) });
        this.lastQuestion = searching.catch(() => undefined);
        const found = await searching;
        return (found?.results ?? []).map((r): IndexResult => ({
          id: r.id,
          load: () => r.data().then((data) => ({ data, matched: matchedWords(data.content ?? '', r.words) })),
        }));
      },
    };
  }

  async filterValues(): Promise<Record<string, string[]>> {
    if (!(await this.indexReady)) return {};
    return Object.fromEntries(
      Object.entries(this.filters).map(([name, values]) => [name, [...values].sort()]),
    );
  }
}

let shared: SearchEngine | undefined;

/** One engine per page, created on first use. */
export function searchEngine(): SearchEngine {
  shared ??= new SearchEngine();
  return shared;
}
