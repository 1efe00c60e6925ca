/**
 * What the layout needs to know of a page (its title, trail, contents and neighbours), computed in
 * one place per page kind (./pages/) so that route files only wire it to markup.
 */
import type { SearchFacts } from '~/lib/search/markup';
import type { NavLink } from './navigation';
import type { TocItem } from './toc';
import { homeUrl } from './urls';

export interface PageFrame {
  /** The page's own title; the site name is appended in <title>. */
  title: string;
  /** One line, inline Markdown allowed (the meta tags carry its plain text). */
  description: string;
  /** Ancestors for the breadcrumb trail, home first; empty on the home page. */
  trail?: NavLink[];
  /** Breadcrumb text for this page; defaults to the title. */
  crumb?: string;
  toc?: TocItem[];
  /** A page of wide tables: its contents sit above it at every width, leaving it the right column. */
  wide?: boolean;
  previous?: NavLink | undefined;
  next?: NavLink | undefined;
  /** The content file behind the page. */
  sourceFile?: string | undefined;
  /** What search learns about the page; omit on pages not to be indexed. */
  search?: SearchFacts;
  /** False for pages that neither search engines nor site search should list (404, search). */
  indexable?: boolean;
}

/** A titled section of a page: its heading's id and text, and so its entry in the contents. */
export interface PageSection {
  id: string;
  title: string;
}

export interface SectionPlan<Id extends string> {
  id: Id;
  title: string;
  /** False leaves the section out of the page and its contents. */
  shown?: boolean;
}

export interface PageSections<Id extends string> {
  /** Each shown section by id: a route renders a section where its entry is present. */
  byId: Partial<Record<Id, PageSection>>;
  /** The shown sections as the table of contents lists them. */
  toc: TocItem[];
}

/** One list of sections drives both the headings a page renders and its table of contents. */
export function pageSections<Id extends string>(plan: readonly SectionPlan<Id>[]): PageSections<Id> {
  const shown = plan.filter((s) => s.shown !== false).map(({ id, title }) => ({ id, title }));
  const byId: Partial<Record<Id, PageSection>> = {};
  for (const section of shown) byId[section.id] = section;
  return { byId, toc: shown.map((s) => ({ depth: 2, slug: s.id, text: s.title })) };
}

/** The breadcrumb trail of a page under the home page and then `ancestors`. */
export const trailFrom = (...ancestors: NavLink[]): NavLink[] => [
  { label: 'Home', href: homeUrl },
  ...ancestors,
];

/** A previous/next link to an item, when there is one. */
export function neighbourLink<T>(item: T | undefined, link: (item: T) => NavLink): NavLink | undefined {
  return item === undefined ? undefined : link(item);
}
