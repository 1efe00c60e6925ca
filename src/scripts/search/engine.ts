/**
 * Search in the browser: Pagefind for the index, the search data the build writes for the
 * vocabulary that reads a query (lib/search/search-data.ts: a vocabulary file when search opens,
 * then per query the shards of names and codes it needs), and lib/search/run.ts for the rest.
 */
import type { Filters } from '~/lib/search/plan';
import { readQuery, withinFilters } from '~/lib/search/reading';
import { runSearch, type IndexResult, type SearchAnswer, type SearchIndex } from '~/lib/search/run';
import {
  codeEntriesFrom,
  vocabularyFile,
  vocabularyFor,
  type NameShard,
  type SearchVocabularyData,
  type ShardSource,
  type VocabularyFile,
} from '~/lib/search/search-data';
import type { FilterName } from '~/lib/search/state';
import { matchedWords } from '~/lib/search/unmatched';
import { EMPTY_VOCABULARY, type CodeEntry, type ExactAnswer, type Vocabulary } from '~/lib/search/vocabulary';
import type { PagefindData } from '~/lib/search/group';
import { PAGEFIND_OPTIONS } from '~/lib/search/index-options';
import { EVERY_CHUNK_TERMS, indexedPages, loadsWhole } from '~/lib/search/whole-index';
import { codeShardPath, nameShardPath, PAGEFIND_ENTRY_PATH, PAGEFIND_PATH, VOCABULARY_PATH } from './paths';

/** A JSON file of the site, or undefined when it cannot be had. */
const fetchJson = <T>(url: string): Promise<T | undefined> =>
  fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
    .catch(() => undefined);

/** Each key's value, fetched once and in parallel with the others asked for. */
function cachedFetch<K, T>(cache: Map<K, Promise<T>>, url: (key: K) => string, missing: T) {
  return (keys: readonly K[]) =>
    Promise.all(
      keys.map((key) => {
        let value = cache.get(key);
        if (!value) cache.set(key, (value = fetchJson<T>(url(key)).then((found) => found ?? missing)));
        return value;
      }),
    );
}

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
}

export type { SearchAnswer };
export type ChosenFilters = Partial<Record<FilterName, string>>;

export class SearchEngine {
  private pagefind: Pagefind | undefined;
  /** The vocabulary file, once loaded; search reads queries without a vocabulary if it cannot be. */
  private file: VocabularyFile | undefined;
  private readonly vocabularyReady: Promise<void>;
  /** Resolves to false when there is no index (the dev server, or a build without Pagefind). */
  readonly indexReady: Promise<boolean>;
  /** The latest question sent to the index. */
  private lastQuestion: Promise<unknown> = Promise.resolve();
  /** The shards of names and codes, each fetched once; a shard that cannot be had is empty. */
  private readonly shards: ShardSource = {
    names: cachedFetch(new Map<string, Promise<NameShard>>(), nameShardPath, []),
    codes: cachedFetch(new Map<number, Promise<CodeEntry[]>>(), codeShardPath, []),
  };

  constructor() {
    this.vocabularyReady = fetchJson<SearchVocabularyData>(VOCABULARY_PATH).then((data) => {
      if (data) this.file = vocabularyFile(data);
    });
    this.indexReady = this.loadIndex();
  }

  /** The vocabulary to read a query with: the vocabulary file's, with the shards the query needs. */
  private async vocabularyFor(query: string): Promise<Vocabulary> {
    if (!this.file) await this.vocabularyReady;
    return this.file ? vocabularyFor(query, this.file, this.shards) : EMPTY_VOCABULARY;
  }

  private async loadIndex(): Promise<boolean> {
    try {
      const [pagefind, pages] = await Promise.all([
        import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<Pagefind>,
        fetch(PAGEFIND_ENTRY_PATH)
          .then((response) => response.json())
          .then(indexedPages, () => undefined),
      ]);
      // Pagefind searches on the page, not in its worker: the worker hands every result back as a
      // copy, and each one it gave is released again by a message of its own. At 5,000 extra pages,
      // where a common word is on every page, that made a warm query 21–26 ms against 18–19 on the
      // page, and an exact code 23–26 ms against 16–17 (89.7 against 32.4 at 50,000).
      await pagefind.options({ ...PAGEFIND_OPTIONS, noWorker: true });
      await pagefind.init();
      // init() returns before the WebAssembly module is ready; an empty search waits for it, so the
      // reader's first query (typed after the dialog opens) does not pay for the download.
      await pagefind.search('');
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

  /** The exact answers, available before the index's: the messages a query quotes, then the codes it names. */
  async exact(query: string, filters: ChosenFilters): Promise<ExactAnswer[]> {
    return withinFilters(readQuery(query, await this.vocabularyFor(query)).exact, filters);
  }

  /** Answers a query; `onFirst` receives an early answer from the best match alone (lib/search/run.ts). */
  async search(
    query: string,
    filters: ChosenFilters,
    onFirst?: (answer: SearchAnswer) => void,
  ): Promise<SearchAnswer> {
    const vocabulary = await this.vocabularyFor(query);
    const pagefind = this.pagefind ?? ((await this.indexReady) ? this.pagefind : undefined);
    if (!pagefind) {
      const reading = readQuery(query, vocabulary);
      return {
        query: reading.text,
        reading,
        exact: withinFilters(reading.exact, filters),
        groups: [],
        unknown: [],
      };
    }
    return runSearch(query, vocabulary, this.index(pagefind), {
      filters: filters as Filters,
      ...(onFirst && { onFirst }),
      ...(this.file && { codeEntries: codeEntriesFrom(this.file, this.shards) }),
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

  /** The values of the filters the reader chooses from, once the index is there to filter. */
  async filterValues(): Promise<Record<string, string[]>> {
    if (!(await this.indexReady)) return {};
    await this.vocabularyReady;
    return { ...this.file?.data.choices };
  }
}

let shared: SearchEngine | undefined;

/** One engine per page, created on first use. */
export function searchEngine(): SearchEngine {
  shared ??= new SearchEngine();
  return shared;
}
