/**
 * The sidebar, built from the content model: the site's sections that exist, every API with its
 * codes grouped by class (or, on a platform with many APIs, a list of them), the guides, the reference and the tools. Adding content adds navigation;
 * nothing here names an API.
 */
import type { SiteModel } from '~/lib/content/model';
import type { StatusClass } from '~/lib/http/registry';
import { presentSections } from './present-sections';
import { SECTIONS, type Section } from './sections';
import { apiUrl, errorsUrl, homeUrl } from './urls';

export interface NavLink {
  label: string;
  href: string;
  /** A way in when search finds nothing: each list of codes, the reference and the inspector. */
  browse?: true;
  /** A link to the page it is on (aria-current). */
  current?: true;
  /**
   * Where the pages it stands for begin (`/headers/` for every header's page): a page with no link
   * of its own marks the link that covers it as its place, the longest such prefix winning.
   */
  covers?: string[];
}

export interface NavCodeGroup {
  statusClass: StatusClass;
  codes: { code: number; label: string; href: string; legacy: boolean; current?: true }[];
}

/**
 * Up to this many codes an API's codes are listed one by one in the sidebar; beyond it, its classes
 * are, so that every page of a large API does not carry its whole list.
 */
export const MAX_LISTED_CODES = 60;

/**
 * Up to this many APIs each gets a section of its own; beyond it, one section lists them by name,
 * so that every page of a platform with many APIs does not carry every API's links.
 */
export const MAX_API_SECTIONS = 8;

export interface NavSection {
  title: string;
  links: NavLink[];
  codeGroups: NavCodeGroup[];
}

/** An API's section: its list of codes, and its codes grouped by class, or its classes when it has many. */
function apiSection(model: SiteModel, api: SiteModel['apis'][number]): NavSection {
  const groups = new Map<StatusClass, NavCodeGroup>();
  for (const c of model.codes.filter((c) => c.api === api.id)) {
    const group = groups.get(c.statusClass) ?? { statusClass: c.statusClass, codes: [] };
    group.codes.push({ code: c.code, label: c.label, href: c.url, legacy: c.legacy });
    groups.set(c.statusClass, group);
  }
  const messages = model.graphqlErrors.filter((e) => e.api === api.id);
  const count = [...groups.values()].reduce((n, g) => n + g.codes.length, 0);
  const listed = count <= MAX_LISTED_CODES;
  return {
    title: api.name,
    links: [
      { label: `All ${api.shortName} status codes`, href: apiUrl(api.id), browse: true },
      ...(listed
        ? []
        : [...groups.values()].map((g) => ({
            label: `${g.statusClass} codes`,
            href: `${apiUrl(api.id)}#${g.statusClass}`,
            covers: g.codes.map((c) => c.href),
          }))),
      ...(messages.length
        ? [{ label: 'Error messages', href: `${apiUrl(api.id)}#messages`, covers: [errorsUrl(api.id)] }]
        : []),
    ],
    codeGroups: listed ? [...groups.values()] : [],
  };
}

/** The APIs of a platform with many, one link each: a page beneath an API's address marks its API. */
function apiListSection(model: SiteModel): NavSection {
  return {
    title: 'APIs',
    links: model.apis.map((api) => ({
      label: api.name,
      href: apiUrl(api.id),
      browse: true,
      covers: [apiUrl(api.id), errorsUrl(api.id)],
    })),
    codeGroups: [],
  };
}

export function buildNavigation(model: SiteModel): NavSection[] {
  const present = new Set<Section>(presentSections(model));
  // A section's pages lie under its address (`/headers/NAME/` under `/headers/`).
  const linkTo = (...sections: Section[]): NavLink[] =>
    sections
      .filter((s) => present.has(s))
      .map((s) => ({ label: s.title, href: s.href, ...(s.href !== homeUrl && { covers: [s.href] }) }));
  const browse = (links: NavLink[]): NavLink[] => links.map((link) => ({ ...link, browse: true }));
  const sections: NavSection[] = [
    {
      title: 'Start',
      links: [
        { label: 'Overview', href: homeUrl },
        ...browse(linkTo(SECTIONS.numbers)),
        ...linkTo(SECTIONS.changelog),
      ],
      codeGroups: [],
    },
  ];

  if (model.apis.length > MAX_API_SECTIONS) sections.push(apiListSection(model));
  else for (const api of model.apis) sections.push(apiSection(model, api));

  if (model.guides.length > 0) {
    sections.push({
      title: 'Guides',
      links: [
        ...linkTo(SECTIONS.guides).map((link) => ({ ...link, label: 'All guides' })),
        ...model.guides.map((g) => ({ label: g.title, href: g.url })),
      ],
      codeGroups: [],
    });
  }
  const reference = browse(linkTo(SECTIONS.headers, SECTIONS.troubleshooting));
  if (reference.length) sections.push({ title: 'Reference', links: reference, codeGroups: [] });
  sections.push({
    title: 'Tools',
    links: [...browse(linkTo(SECTIONS.inspector)), ...linkTo(SECTIONS.queryBuilder, SECTIONS.search)],
    codeGroups: [],
  });
  return sections;
}

/** The path of the page at `pathname` as the site's links write it: with its trailing slash. */
const pagePath = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

export interface NavigationAt {
  sections: NavSection[];
  /** The address the current links point to, or '' on a page the navigation does not place. */
  current: string;
}

/** Where each page of a navigation is placed: found once per navigation, looked up per page. */
interface Places {
  /** The address of every link. */
  links: Set<string>;
  /** Each prefix a link covers, with that link's address: the first link to name a prefix keeps it. */
  covered: Map<string, string>;
}

const placesOf = new WeakMap<NavSection[], Places>();

function places(sections: NavSection[]): Places {
  let found = placesOf.get(sections);
  if (found) return found;
  found = { links: new Set(), covered: new Map() };
  for (const section of sections) {
    for (const link of section.links) {
      found.links.add(link.href);
      for (const prefix of link.covers ?? [])
        if (!found.covered.has(prefix)) found.covered.set(prefix, link.href);
    }
    for (const group of section.codeGroups) for (const code of group.codes) found.links.add(code.href);
  }
  placesOf.set(sections, found);
  return found;
}

/**
 * The link that covers `path`: the one whose prefix of it is longest. Looked up prefix by prefix,
 * longest first, so the cost per page does not grow with the number of pages a link covers.
 */
function coveringLink(covered: Map<string, string>, path: string): string {
  for (let end = path.length; end > 0; end--) {
    const link = covered.get(path.slice(0, end));
    if (link !== undefined) return link;
  }
  return '';
}

/**
 * The navigation as the page at `pathname` shows it: its links to that page marked current or, on a
 * page without a link of its own (a header's, a GraphQL message's), the link that covers it. Pages
 * with the same `current` show the same navigation.
 */
export function navigationAt(sections: NavSection[], pathname: string): NavigationAt {
  const path = pagePath(pathname);
  const { links, covered } = places(sections);
  const current = links.has(path) ? path : coveringLink(covered, path);
  if (!current) return { sections, current };
  const mark = <L extends { href: string }>(link: L): L & { current?: true } =>
    link.href === current ? { ...link, current: true } : link;
  const marked = sections.map((section) => ({
    ...section,
    links: section.links.map(mark),
    codeGroups: section.codeGroups.map((group) => ({ ...group, codes: group.codes.map(mark) })),
  }));
  return { sections: marked, current };
}
