/**
 * Internal link and anchor checking over built HTML: every href, src and action that stays on the
 * site must name a built page or file, and every #fragment an element id on that page.
 */
import { Parser } from 'htmlparser2';

export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** Collects the ids and the outgoing links of one HTML page. */
export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === 'a' && attributes.name) ids.add(attributes.name);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined) links.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return { ids, links };
}

/**
 * Checks links against the built site. `pages` maps the URL path of each HTML page (`/rest/429/`,
 * `/404.html`) to its ids and links; `files` holds the URL paths of everything else (`/favicon.svg`).
 * `origin` is the site's canonical origin: absolute links to it count as internal.
 */
export function findBrokenLinks(
  pages: Map<string, PageLinks>,
  files: Set<string>,
  origin: string,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const site = new URL(origin);
  for (const [page, { links }] of pages) {
    for (const href of links) {
      const trimmed = href.trim();
      if (trimmed === '' || trimmed === '#' || /^(?:mailto|tel|javascript|data):/i.test(trimmed)) continue;
      let url: URL;
      try {
        url = new URL(trimmed, new URL(page, site));
      } catch {
        broken.push({ page, href, reason: 'not a valid URL' });
        continue;
      }
      if (url.origin !== site.origin) continue;
      const target = pages.get(url.pathname);
      if (!target) {
        if (!files.has(url.pathname))
          broken.push({ page, href, reason: `no page or file at ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}" on ${url.pathname}` });
      }
    }
  }
  return broken;
}

/** The URL path a built file is served at: dist/rest/429/index.html → /rest/429/. */
export function servedPath(relativeFile: string): string {
  const path = `/${relativeFile.replace(/\\/g, '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
