/**
 * The fixed sections that exist for this content: a section whose content is missing (no guides, no
 * headers, no flows) has no page and no link, rather than an empty one.
 */
import type { SiteModel } from '~/lib/content/model';
import { SECTIONS, type Section } from './sections';

export function presentSections(
  model: Pick<SiteModel, 'apis' | 'guides' | 'headers' | 'flows' | 'site'>,
): Section[] {
  const s = SECTIONS;
  return [
    s.numbers,
    ...(model.site.generations.length > 1 ? [s.changelog] : []),
    ...(model.guides.length ? [s.guides] : []),
    ...(model.headers.length ? [s.headers] : []),
    ...(model.flows.length ? [s.troubleshooting] : []),
    s.inspector,
    ...(model.apis.some((api) => api.listQuery) ? [s.queryBuilder] : []),
    s.search,
  ];
}
