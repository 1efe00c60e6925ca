/**
 * Runs searches as the reader types, without a debounce: the exact-code answer shows at once,
 * the index answer when it arrives, and an answer to an older keystroke is dropped.
 */
import { highlightTerms } from '~/lib/search/query-text';
import { resultItems, type ResultItem } from '~/lib/search/items';
import type { SearchStatus, StatusFacts } from '~/lib/search/status';
import { searchEngine, type ChosenFilters, type SearchAnswer } from './engine';

export interface SearchView {
  /**
   * `more` is true while the first results are shown and the others are still loading; `facts`
   * say how the query was read, for the status line (lib/search/status.ts).
   */
  render(items: ResultItem[], status: SearchStatus, query: string, more: boolean, facts?: StatusFacts): void;
}

/** What the status line says of an answer besides its count. */
const factsOf = (answer: SearchAnswer): StatusFacts => ({
  unknown: answer.unknown,
  answeredFor: answer.answeredFor,
  corrected: answer.reading.corrected,
  code: answer.reading.codes.length > 0 && answer.exact.length === 0,
});

export class SearchController {
  private sequence = 0;
  readonly engine = searchEngine();
  filters: ChosenFilters = {};

  constructor(private readonly view: SearchView) {}

  run(query: string): void {
    const sequence = ++this.sequence;
    const terms = highlightTerms(query);
    const hasQuery = query.trim() !== '' || Object.values(this.filters).some(Boolean);
    if (!hasQuery) {
      this.view.render([], 'empty', query, false);
      return;
    }
    let answered = false;
    const show = async (answer: SearchAnswer, more = false) => {
      if (sequence !== this.sequence) return;
      answered = true;
      const items = resultItems(answer, terms);
      const available = await this.engine.indexReady;
      const status: SearchStatus =
        !available && items.length === 0 ? 'unavailable' : items.length ? 'results' : 'none';
      this.view.render(items, status, query, more && status === 'results', factsOf(answer));
    };
    // The index starts fetching what the query needs before the exact answers are drawn; they come
    // as soon as the names and codes the query needs are in, which is at once when they were before.
    void this.engine.search(query, this.filters, (first) => void show(first, true)).then((all) => show(all));
    this.view.render([], 'loading', query, false);
    void this.engine.exact(query, this.filters).then((exact) => {
      if (sequence === this.sequence && !answered && exact.length)
        this.view.render(resultItems({ exact, groups: [] }, terms), 'loading', query, false);
    });
  }
}
