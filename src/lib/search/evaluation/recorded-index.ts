/**
 * Pagefind's answers recorded from a build (recorded-index.json, written by
 * scripts/record-search-index.mjs), so that the evaluation set runs through the reading, the
 * planner and the ranking in unit tests without a browser. A question or a page the recording
 * does not hold fails with a message that says how to record again.
 */
import type { PagefindData } from '../group';
import type { Filters } from '../plan';
import type { FoundPage, IndexResult, SearchIndex } from '../run';
import type { VocabularySources } from '../vocabulary';

/** How many of a question's results are kept: more than the pages shown, whatever comes before them. */
export const RESULTS_KEPT = 16;

/** What ranking and the results list read of a page. */
export interface RecordedPage {
  url: string;
  title?: string;
  code?: string;
  filters: Record<string, string[]>;
  /** The sections found on the page: title and address. */
  sections: [string, string][];
}

export interface RecordedQuestion {
  /** How many pages the index found. */
  count: number;
  /** The first of them: each page's id, with its words that matched, where search loaded it. */
  results: [string, string[] | null][];
}

export interface RecordedIndex {
  /** What the vocabulary was built from at recording time. */
  sources: VocabularySources;
  pages: Record<string, RecordedPage>;
  questions: Record<string, RecordedQuestion>;
}

const sorted = (filters: Filters = {}) => Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));

/** One question to the index, as the recording files it. */
export const questionKey = (term: string | null, filters: Filters, sort?: Filters) =>
  JSON.stringify([term, sorted(filters), sorted(sort)]);

export class NotRecorded extends Error {
  constructor(what: string) {
    super(`${what} is not in the recorded index: record it again with npm run search:record`);
  }
}

/** The page as Pagefind would give it, from what was recorded. */
export const pageData = (page: RecordedPage): PagefindData => ({
  url: page.url,
  excerpt: '',
  meta: {
    ...(page.title !== undefined && { title: page.title }),
    ...(page.code !== undefined && { code: page.code }),
  },
  filters: page.filters,
  sub_results: page.sections.map(([title, url]) => ({ title, url, excerpt: '' })),
});

/** An index that answers from a recording. */
export function replayIndex(recorded: RecordedIndex): SearchIndex {
  return {
    ask: async (term, filters, sort) => {
      const key = questionKey(term, filters, sort);
      const question = recorded.questions[key];
      if (!question) throw new NotRecorded(`The question ${key}`);
      return Array.from({ length: question.count }, (_, i): IndexResult => {
        const [id, matched] = question.results[i] ?? [`${key}#${i}`, null];
        return {
          id,
          load: async () => {
            const page = recorded.pages[id];
            if (!page || !matched) throw new NotRecorded(`Page ${i + 1} of ${key}`);
            return { data: pageData(page), matched };
          },
        };
      });
    },
  };
}

/** What a recording keeps of a page Pagefind loaded. */
export const recordedPage = (data: PagefindData): RecordedPage => ({
  url: data.url,
  ...(data.meta.title !== undefined && { title: data.meta.title }),
  ...(data.meta.code !== undefined && { code: data.meta.code }),
  filters: data.filters ?? {},
  sections: (data.sub_results ?? []).map((s) => [s.title, s.url]),
});

/** An index that passes each question to `index` and writes down the answers and the pages loaded. */
export function recordingIndex(index: SearchIndex, into: Omit<RecordedIndex, 'sources'>): SearchIndex {
  return {
    ask: async (term, filters, sort) => {
      const key = questionKey(term, filters, sort);
      const results = await index.ask(term, filters, sort);
      const question = (into.questions[key] ??= {
        count: results.length,
        results: results.slice(0, RESULTS_KEPT).map((r) => [r.id, null]),
      });
      return results.map((result, i) => ({
        id: result.id,
        load: async (): Promise<FoundPage> => {
          const found = await result.load();
          into.pages[result.id] ??= recordedPage(found.data);
          if (i < RESULTS_KEPT) question.results[i]![1] = found.matched;
          return found;
        },
      }));
    },
  };
}
