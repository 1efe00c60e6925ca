/**
 * Every table row has an address (SPEC: deep links), including the rows of a guide's Markdown
 * tables, which have no component to give them one: each body row's first cell takes an id from its
 * words, `row-content-type`, as stable as the text it names.
 */
import { decodeEntities } from './entities';
import { wordsOf } from '~/lib/text/words';

const BODY = /<tbody\b([^>]*)>([\s\S]*?)<\/tbody>/g;
const FIRST_CELL = /(<tr\b[^>]*>\s*)<(td|th)\b([^>]*)>([\s\S]*?)<\/\2>/g;

/** The anchor of a Markdown table's row whose first cell reads `text`. */
export const rowAnchor = (text: string) => `row-${wordsOf(text).join('-')}`;

/** The table markup with an id on the first cell of each body row that has none (repeats numbered). */
export function anchorRows(html: string): string {
  const taken = new Map<string, number>();
  return html.replace(BODY, (_, attributes: string, rows: string) => {
    const anchored = rows.replace(
      FIRST_CELL,
      (cell, start: string, tag: string, cellAttributes: string, inner: string) => {
        const text = decodeEntities(inner.replace(/<[^>]*>/g, ' '));
        if (/\sid="/.test(cellAttributes) || wordsOf(text).length === 0) return cell;
        const base = rowAnchor(text);
        const count = (taken.get(base) ?? 0) + 1;
        taken.set(base, count);
        const id = count === 1 ? base : `${base}-${count}`;
        return `${start}<${tag}${cellAttributes} id="${id}">${inner}</${tag}>`;
      },
    );
    return `<tbody${attributes}>${anchored}</tbody>`;
  });
}
