/**
 * Runs searches as the reader types, without a debounce: the exact-code answer shows at once,
 * the index answer when it arrives, and an answer to an older keystroke is dropped.
 */
import { highlightTerms } from '~/lib/search/query';
import { resultItems, type ResultItem } from '~/lib/search/items';
import type { SearchStatus } from '~/lib/search/status';
import { searchEngine, type Filters, type SearchAnswer } from './engine';

export interface SearchView {
  /**
   * `more` is true while the first results are shown and the others are still loading; `unmatched`
   * holds the query's words that no result holds (lib/search/unmatched.ts), and `answeredFor` the
   * words the results are for when no page holds all of the query's.
   */
  render(
    items: ResultItem[],
    status: SearchStatus,
    query: string,
    more: boolean,
    unmatched?: string[],
    answeredFor?: string,
  ): void;
}

export class SearchController {
  private sequence = 0;
  readonly engine = searchEngine();
  filters: Filters = {};

  constructor(private readonly view: SearchView) {
    // The first query may arrive before the codes list: answer it again once the list is there.
    void this.engine.codesReady.then(() => this.last !== undefined && this.run(this.last));
  }

  private last: string | undefined;

  run(query: string): void {
    this.last = query;
    const sequence = ++this.sequence;
    const terms = highlightTerms(query);
    const exact = this.engine.exact(query, this.filters);
    const hasQuery = query.trim() !== '' || Object.values(this.filters).some(Boolean);
    if (!hasQuery) {
      this.view.render([], 'empty', query, false);
      return;
    }
    const show = async (answer: SearchAnswer, more = false) => {
      if (sequence !== this.sequence) return;
      const items = resultItems(answer, terms);
      const available = await this.engine.indexReady;
      const status: SearchStatus =
        !available && items.length === 0 ? 'unavailable' : items.length ? 'results' : 'none';
      this.view.render(
        items,
        status,
        query,
        more && status === 'results',
        answer.unmatched,
        answer.answeredFor,
      );
    };
    // The index starts fetching what the query needs before the exact-code answer is drawn.
    void this.engine.search(query, this.filters, (first) => void show(first, true)).then((all) => show(all));
    this.view.render(resultItems({ exact, groups: [] }, terms), 'loading', query, false);
  }
}
