/** The machine-readable exports and the crawler files, checked against the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { validateAgainst } from './support/json-schema';
import { expect, test } from './fixtures';
import { distDir, htmlFiles, routeManifest, siteOrigin } from './support/built-site';

/** Pages that must not be listed for crawlers or tools: the 404 page and the search page. */
const unlisted = new Set(['/404', '/search/']);
/** Every HTML page of the build; data files such as /llms.txt are not pages to list. */
const listedPages = () =>
  Object.values(routeManifest())
    .flat()
    .filter((p) => !unlisted.has(p) && !/\.[a-z]+$/.test(p));
const toPath = (url: string) => new URL(url).pathname;

test('status-codes.json validates against its published schema and every URL in it is built', async ({
  request,
}) => {
  const data = await (await request.get('/status-codes.json')).json();
  const schema = await (await request.get('/status-codes.schema.json')).json();
  expect(validateAgainst(schema, data)).toEqual([]);
  const built = new Set(Object.values(routeManifest()).flat());
  const urls: string[] = [data.site.url, ...data.apis.map((a: { url: string }) => a.url)];
  urls.push(
    ...data.codes.map((c: { url: string }) => c.url),
    ...data.graphqlErrors.map((e: { url: string }) => e.url),
  );
  const missing = urls.map(toPath).filter((p) => !built.has(p));
  expect(missing).toEqual([]);
  expect(data.codes.length).toBeGreaterThanOrEqual(27);
});

test('llms.txt lists every page with a summary', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text();
  const listed = new Set([...text.matchAll(/\]\((https?:[^)]+)\): \S/g)].map((m) => toPath(m[1]!)));
  expect(listedPages().filter((p) => !listed.has(p))).toEqual([]);
  // A link inside a summary reads as its text, not as a bracketless "guide(/guides/…)".
  expect(text.split('\n').filter((line) => /^- \[.*\): .*\(\//.test(line))).toEqual([]);
});

test('the sitemap lists every page and robots.txt points at it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toBe(`${siteOrigin()}/sitemap-index.xml`);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => toPath(m[1]!));
  const pages = new Set<string>();
  for (const loc of locs) {
    const xml = await (await request.get(loc)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) pages.add(toPath(m[1]!));
  }
  expect(listedPages().filter((p) => !pages.has(p))).toEqual([]);
  expect([...pages].filter((p) => unlisted.has(p))).toEqual([]);
});

test('every page has a unique title and description, a canonical URL and OpenGraph tags', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const problems: string[] = [];
  for (const file of htmlFiles().filter((f) => f.endsWith('.html') && f !== '404.html')) {
    const head: Record<string, string> = {};
    let inTitle = false;
    const parser = new Parser({
      onopentag(name, a) {
        if (name === 'title') inTitle = true;
        if (name === 'meta' && a.name === 'description') head.description = a.content ?? '';
        if (name === 'meta' && a.property?.startsWith('og:')) head[a.property] = a.content ?? '';
        if (name === 'link' && a.rel === 'canonical') head.canonical = a.href ?? '';
        if (name === 'meta' && a.name === 'robots') head.robots = a.content ?? '';
      },
      ontext(text) {
        if (inTitle) head.title = (head.title ?? '') + text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    });
    parser.write(readFileSync(join(distDir, file), 'utf8'));
    parser.end();
    if (head.robots?.includes('noindex')) continue;
    const path = `/${file.replace(/index\.html$/, '')}`;
    for (const key of ['title', 'description', 'canonical', 'og:title', 'og:description', 'og:url']) {
      if (!head[key]) problems.push(`${path}: no ${key}`);
    }
    if (head.canonical && toPath(head.canonical) !== path)
      problems.push(`${path}: canonical ${head.canonical}`);
    if (head.title && titles.has(head.title))
      problems.push(`${path}: same title as ${titles.get(head.title)}`);
    if (head.description && descriptions.has(head.description)) {
      problems.push(`${path}: same description as ${descriptions.get(head.description)}`);
    }
    if (head.title) titles.set(head.title, path);
    if (head.description) descriptions.set(head.description, path);
  }
  expect(problems).toEqual([]);
  expect(titles.size).toBeGreaterThan(40);
});
