import type { Guide, SiteModel } from '~/lib/content/model';
import { parametersExplainedBy } from '~/lib/list-url/list-query';
import { trailFrom, type PageFrame } from '../page';
import { tocFromHeadings, type TocItem } from '../toc';
import { guidesUrl } from '../urls';

const guideLink = (g: Guide | undefined) => g && { href: g.url, label: g.title };

/** A guide's page: its contents come from its rendered headings. */
export function guidePage(model: SiteModel, guide: Guide, headings: TocItem[]) {
  const i = model.guides.indexOf(guide);
  const parameters = [
    ...new Set(
      model.apis.flatMap((api) => (api.listQuery ? parametersExplainedBy(api.listQuery, guide.slug) : [])),
    ),
  ];
  const frame: PageFrame = {
    title: guide.title,
    description: guide.summary,
    trail: trailFrom({ label: 'Guides', href: guidesUrl }),
    toc: tocFromHeadings(headings),
    previous: guideLink(model.guides[i - 1]),
    next: guideLink(model.guides[i + 1]),
    sourceFile: guide.file,
    search: { kind: 'Guide', parameters, topics: [guide.title, ...guide.alsoCalled] },
  };
  return { frame };
}
