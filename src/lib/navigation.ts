/**
 * The sidebar, built from the content model: every API with its codes grouped by class, then the
 * site-wide sections that exist. Adding content adds navigation; nothing here names an API.
 */
import type { SiteModel } from './model';
import type { StatusClass } from './registry';
import { apiUrl, homeUrl } from './urls';

export interface NavLink {
  label: string;
  href: string;
}

export interface NavCodeGroup {
  statusClass: StatusClass;
  codes: { code: number; label: string; href: string; legacy: boolean }[];
}

export interface NavSection {
  title: string;
  links: NavLink[];
  codeGroups: NavCodeGroup[];
}

export function buildNavigation(model: SiteModel): NavSection[] {
  const sections: NavSection[] = [
    { title: 'Start', links: [{ label: 'Overview', href: homeUrl }], codeGroups: [] },
  ];
  for (const api of model.apis) {
    const codes = model.codes.filter((c) => c.api === api.id);
    const groups = new Map<StatusClass, NavCodeGroup>();
    for (const c of codes) {
      const group = groups.get(c.statusClass) ?? { statusClass: c.statusClass, codes: [] };
      group.codes.push({ code: c.code, label: c.label, href: c.url, legacy: c.legacy });
      groups.set(c.statusClass, group);
    }
    sections.push({
      title: api.name,
      links: [{ label: `All ${api.shortName} status codes`, href: apiUrl(api.id) }],
      codeGroups: [...groups.values()],
    });
  }
  return sections;
}

/** True when `href` is the current page or (for section links) one of its ancestors. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === path;
}
