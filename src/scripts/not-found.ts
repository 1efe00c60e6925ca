/**
 * On the 404 page: when the missing path looks like a code page, list the nearest real codes; for
 * any path, offer its words to search for.
 */
import { nearestCodes, parseCodePath, pathWords, type KnownCode } from '~/lib/site/nearest';

export function suggestNearest(): void {
  const requested = parseCodePath(location.pathname);
  const section = document.getElementById('suggestions');
  const list = document.getElementById('suggestion-list');
  const data = document.getElementById('known-codes')?.textContent;
  if (!requested || !section || !list || !data) return;

  const suggestions = nearestCodes(JSON.parse(data) as KnownCode[], requested.api, requested.code);
  if (suggestions.length === 0) return;
  for (const s of suggestions) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = s.url;
    link.className = 'text-accent underline underline-offset-2';
    link.textContent = `${s.code} ${s.label}`;
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
