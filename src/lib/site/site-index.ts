/**
 * Every page of the site by kind: the index that the search page shows without JavaScript, so that
 * a search form submitted with scripts off still leads everywhere, and the list of pages the 404
 * page finds the nearest to a mistyped address in.
 */
import type { SiteModel } from '~/lib/content/model';
import { allNumbers } from '~/lib/content/numbers';
import { presentSections } from './present-sections';
import { SECTIONS } from './sections';
import { apiUrl, homeUrl, numberUrl } from './urls';

export interface IndexedPage {
  title: string;
  href: string;
}

export interface IndexGroup {
  /** Names the kind of page, and heads its list. */
  title: string;
  /** The page that lists them all, where there is one. */
  overview?: IndexedPage;
  pages: IndexedPage[];
}

export function buildSiteIndex(model: SiteModel): IndexGroup[] {
  const present = new Set(presentSections(model));
  const section = (s: (typeof SECTIONS)[keyof typeof SECTIONS]) =>
    present.has(s) ? { title: s.title, href: s.href } : undefined;
  const groups: IndexGroup[] = [];
  for (const api of model.apis) {
    groups.push({
      title: `${api.name} status codes`,
      overview: { title: `All ${api.shortName} status codes`, href: apiUrl(api.id) },
      pages: model.codes
        .filter((c) => c.api === api.id)
        .map((c) => ({ title: `${c.code} ${c.label}${c.legacy ? ' (legacy)' : ''}`, href: c.url })),
    });
    const messages = model.graphqlErrors.filter((e) => e.api === api.id);
    if (messages.length)
      groups.push({
        title: `${api.name} error messages`,
        pages: messages.map((e) => ({ title: e.title, href: e.url })),
      });
  }
  groups.push({
    title: 'Status codes by number',
    overview: section(SECTIONS.numbers),
    pages: allNumbers(model).map((n) => ({ title: `${n.code} ${n.name}`, href: numberUrl(n.code) })),
  });
  const optional: IndexGroup[] = [
    {
      title: SECTIONS.guides.title,
      overview: section(SECTIONS.guides),
      pages: model.guides.map((g) => ({ title: g.title, href: g.url })),
    },
    {
      title: SECTIONS.headers.title,
      overview: section(SECTIONS.headers),
      pages: model.headers.map((h) => ({ title: h.name, href: h.url })),
    },
    {
      title: SECTIONS.troubleshooting.title,
      overview: section(SECTIONS.troubleshooting),
      pages: model.flows.map((f) => ({ title: f.title, href: f.url })),
    },
  ];
  groups.push(...optional.filter((g) => g.pages.length > 0));
  groups.push({
    title: 'More',
    pages: [
      { title: 'Home', href: homeUrl },
      ...[SECTIONS.changelog, SECTIONS.inspector, SECTIONS.queryBuilder]
        .map(section)
        .filter((s) => s !== undefined),
    ],
  });
  return groups;
}

/** Every page of the index once: each group's overview, then its pages. */
export function indexedPages(groups: IndexGroup[]): IndexedPage[] {
  return groups.flatMap((g) => [...(g.overview ? [g.overview] : []), ...g.pages]);
}
