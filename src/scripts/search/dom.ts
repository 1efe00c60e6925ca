/** Search's DOM helper: excerpts with their matched words marked. */
import type { Segment } from '~/lib/search/excerpt';
import { h } from '../dom';

/** An excerpt as text with <mark> elements around the matched words. */
export function excerpt(segments: Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of segments) fragment.append(s.mark ? h('mark', {}, s.text) : s.text);
  return fragment;
}
