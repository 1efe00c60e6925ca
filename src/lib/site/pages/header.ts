import type { Header, SiteModel } from '~/lib/content/model';
import { apiOf, mentionsOf } from '~/lib/content/queries';
import { pageSections, trailFrom, type PageFrame } from '../page';
import { headerFacts } from '../search-facts';
import { SECTIONS } from '../sections';

const headerLink = (h: Header | undefined) => h && { href: h.url, label: h.name };

/** A header's page (`/headers/NAME/`): each use, and where the header comes up. */
export function headerPage(model: SiteModel, header: Header) {
  const mentions = mentionsOf(model, header);
  const i = model.headers.indexOf(header);
  const directions = header.uses.map((u) => u.direction).join(' and ');
  const origin = header.origin === 'vendor' ? `${model.site.vendor}-specific` : 'HTTP standard';
  const sections = pageSections([
    ...header.uses.map((u) => ({ id: u.direction, title: `In ${u.direction}s` })),
    {
      id: 'mentioned',
      title: 'Where it comes up',
      shown: mentions.codes.length + mentions.guides.length > 0,
    },
  ]);
  const frame: PageFrame = {
    title: `${header.name} header`,
    description: `${header.name}: ${header.origin === 'vendor' ? `a ${model.site.vendor}-specific` : 'a standard'} ${directions} header. ${header.uses[0]!.description}`,
    trail: trailFrom({ label: 'Headers', href: SECTIONS.headers.href }),
    crumb: header.name,
    toc: sections.toc,
    previous: headerLink(model.headers[i - 1]),
    next: headerLink(model.headers[i + 1]),
    sourceFile: header.file,
    search: headerFacts(header),
  };
  return {
    frame,
    sections: sections.byId,
    uses: header.uses.map((use) => ({ ...use, section: sections.byId[use.direction]! })),
    origin,
    codes: mentions.codes.map((c) => ({ ...c, apiShortName: apiOf(model, c.api).shortName })),
    guides: mentions.guides,
  };
}
