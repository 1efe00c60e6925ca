/**
 * Arriving from a search result (?hl=…): marks the searched words on the page (as text, never
 * markup), scrolls to the first one unless the link names a section, and drops ?hl from the URL.
 * Imported by the inline page script only when ?hl is there.
 */
import { highlightTerms } from '~/lib/search/query-text';

function highlightArrival(): void {
  const params = new URLSearchParams(location.search);
  const hl = params.get('hl');
  if (hl === null) return;
  // The same words the result link was built from (lib/search/group.ts).
  const terms = highlightTerms(hl);
  const root = document.querySelector('[data-pagefind-body]');
  params.delete('hl');
  const rest = params.toString();
  history.replaceState(history.state, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
  if (!root || terms.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const hits: [Text, number, number][] = [];
  for (let node = walker.nextNode(); node && hits.length < 100; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').toLowerCase();
    for (const term of terms) {
      const at = text.indexOf(term);
      if (at !== -1) {
        hits.push([node as Text, at, term.length]);
        break;
      }
    }
  }
  for (const [node, at, length] of hits) {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + length);
    range.surroundContents(document.createElement('mark'));
  }
  if (!location.hash) root.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', highlightArrival);
else highlightArrival();
