/**
 * On the 404 page: when the missing path looks like a code page, list the nearest real codes; for
 * any other, the pages nearest to it by address or title; for any path, offer its words to search
 * for.
 */
import {
  nearestCodes,
  nearestPages,
  parseCodePath,
  pathWords,
  type KnownCode,
  type PageRef,
} from '~/lib/site/nearest';

/** The JSON a script element of the page holds, as the build wrote it. */
const embedded = <T>(id: string): T[] => JSON.parse(document.getElementById(id)?.textContent || '[]') as T[];

export function suggestNearest(): void {
  const section = document.getElementById('suggestions');
  const list = document.getElementById('suggestion-list');
  if (!section || !list) return;
  const requested = parseCodePath(location.pathname);
  const suggestions = requested
    ? nearestCodes(embedded<KnownCode>('known-codes'), requested.api, requested.code).map((s) => ({
        title: `${s.code} ${s.label}`,
        href: s.url,
      }))
    : nearestPages(embedded<PageRef>('known-pages'), location.pathname);
  if (suggestions.length === 0) return;
  for (const s of suggestions) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = s.href;
    link.className = 'text-accent underline underline-offset-2';
    link.textContent = s.title;
    item.append(link);
    list.append(item);
  }
  section.hidden = false;
}

/** Fills the search box with the words of the missing address ("/rest/too-many-requests/"). */
export function offerPathSearch(): void {
  const input = document.querySelector<HTMLInputElement>('#not-found-search');
  if (input && !input.value) input.value = pathWords(location.pathname);
}
