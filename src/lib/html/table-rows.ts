/**
 * Every table row has an address (SPEC: deep links), including the rows of Markdown tables, whose
 * authors write none: each body row's first cell takes an id from its words, `row-content-type`.
 */
import { wordsOf } from '../text/words';

/** The anchor of a Markdown table's row whose first cell reads `text`. */
export const rowAnchor = (text: string) => `row-${wordsOf(text).join('-')}`;

/** The anchors of one page's rows: a repeated first cell gets a number (`row-same-2`). */
export class RowAnchors {
  private readonly taken = new Map<string, number>();

  /** The anchor for the next row whose first cell reads `text`; none for a cell without words. */
  next(text: string): string | undefined {
    if (wordsOf(text).length === 0) return undefined;
    const base = rowAnchor(text);
    const count = (this.taken.get(base) ?? 0) + 1;
    this.taken.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}
