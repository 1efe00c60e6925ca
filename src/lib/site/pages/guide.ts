import type { Guide, SiteModel } from '~/lib/content/model';
import { trailFrom, type PageFrame } from '../page';
import { guideFacts } from '../search-facts';
import { tocFromHeadings, type TocItem } from '../toc';
import { guidesUrl } from '../urls';

const guideLink = (g: Guide | undefined) => g && { href: g.url, label: g.title };

/** A guide's page: its contents come from its rendered headings. */
export function guidePage(model: SiteModel, guide: Guide, headings: TocItem[]) {
  const i = model.guides.indexOf(guide);
  const frame: PageFrame = {
    title: guide.title,
    description: guide.summary,
    trail: trailFrom({ label: 'Guides', href: guidesUrl }),
    toc: tocFromHeadings(headings),
    previous: guideLink(model.guides[i - 1]),
    next: guideLink(model.guides[i + 1]),
    sourceFile: guide.file,
    search: guideFacts(model, guide),
  };
  return { frame };
}
