/** What the build produced: its pages by route (from the route manifest), its files and its origin. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { buildPaths } from '../../src/integrations/content-root';

const root = new URL('../..', import.meta.url).pathname;
/** The build under test: the default content's, or DOCS_CONTENT's. */
const paths = buildPaths();
export const distDir = join(root, paths.outDir);

/** Route pattern → the URL paths it built, e.g. "/[api]/[code]" → ["/rest/200/", …]. */
export function routeManifest(): Record<string, string[]> {
  const file = join(root, paths.routeManifest);
  if (!existsSync(file)) throw new Error(`${paths.routeManifest} is missing: run the build first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
}

/** Where a route's page is opened in a browser (the 404 page is seen at an unknown path). */
function browsable(route: string, path: string): string {
  return route === '/404' ? '/this-page-does-not-exist/' : path;
}

/** HTML pages end in a slash; endpoints (llms.txt, the JSON exports) have file names. */
const isHtmlPage = (route: string, path: string) => route === '/404' || path.endsWith('/');

/** How many kinds of element (tag and classes) a built page has: each optional part adds some. */
function elementKinds(path: string): number {
  const file = join(distDir, path, 'index.html');
  if (!existsSync(file)) return 0;
  const html = readFileSync(file, 'utf8');
  return new Set(
    Array.from(html.matchAll(/<([a-z][\w-]*)\b(?:[^>]*?\sclass="([^"]*)")?/g), (m) => `${m[1]}.${m[2]}`),
  ).size;
}

/**
 * One HTML page of every template that produced pages, for checks that run per template: the one
 * with the most kinds of element, so that parts only some pages have (a header's list of the codes
 * that mention it, a legacy code's notice) are checked too.
 */
export function onePagePerTemplate(): { route: string; path: string }[] {
  return Object.entries(routeManifest())
    .filter(([route, paths]) => paths.length > 0 && isHtmlPage(route, paths[0]!))
    .map(([route, paths]) => {
      const kinds = paths.map(elementKinds);
      const richest = paths[kinds.indexOf(Math.max(...kinds))]!;
      return { route, path: browsable(route, richest) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Every HTML page the build wrote (not Pagefind's own files), relative to dist/. */
export function htmlFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(distDir, 'pagefind')) walk(path);
      } else files.push(relative(distDir, path));
    }
  };
  walk(distDir);
  return files;
}

/**
 * For each kind of table in the build (told apart by its column names), the page that holds the
 * most of it: the one a narrow screen is likeliest to find too wide. Checking those few pages
 * covers every table's columns, and the longest content each one has.
 */
export function pagesWithEachTable(): string[] {
  const largest = new Map<string, { path: string; length: number }>();
  for (const file of htmlFiles().filter((f) => f.endsWith('index.html'))) {
    const html = readFileSync(join(distDir, file), 'utf8');
    for (const [table, head] of html.matchAll(
      /<table\b[\s\S]*?<thead\b([\s\S]*?)<\/thead>[\s\S]*?<\/table>/g,
    )) {
      const columns = head!.replace(/<[^<>]*>/g, '|');
      if (table.length > (largest.get(columns)?.length ?? 0))
        largest.set(columns, { path: `/${file.slice(0, -'index.html'.length)}`, length: table.length });
    }
  }
  return [...new Set([...largest.values()].map((t) => t.path))].sort();
}

/** What site.yaml says of the site that the tests read: its origin, and where its pages are edited. */
export function siteSettings(): { url: string; editUrl?: string } {
  return yaml.load(readFileSync(join(root, paths.contentRoot, 'site.yaml'), 'utf8')) as {
    url: string;
    editUrl?: string;
  };
}

/** The canonical origin from site.yaml (absolute links to it are internal). */
export function siteOrigin(): string {
  return siteSettings().url;
}

/** The folder of the content set under test, relative to the project root (its files' paths start so). */
export const contentFolder = paths.contentRoot;

/** The project root, where git reads the content's history. */
export const projectRoot = root;

/** What Pagefind indexed of each page: its URL → the text it holds (from the index's fragments). */
export function indexedText(): Map<string, string> {
  const dir = join(distDir, 'pagefind/fragment');
  const text = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    // A fragment is gzipped "pagefind_dcd" followed by JSON.
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    text.set(fragment.url, fragment.content);
  }
  return text;
}
