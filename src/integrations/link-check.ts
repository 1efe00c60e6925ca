/**
 * Fails the build when a page links to a page, file or #fragment that the build did not produce
 * (lib/html/link-check.ts), naming the link, the pages that hold it and the content files those
 * pages show. Pages are read as soon as they are written, while the other integrations finish the
 * build (Pagefind's index above all); the links are checked once every file is in place.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import {
  BrokenLinksError,
  extractLinks,
  findBrokenLinks,
  servedPath,
  type PageLinks,
} from '../lib/html/link-check';
import { takePageSources } from './page-sources';

/** Files read at once: enough to keep Node's file threads busy while pages are scanned. */
const READS_AT_ONCE = 8;

/**
 * Folders of the output that hold no served file: Pagefind's index (its files link nowhere) and the
 * server chunks Astro renders pages with, deleted while the pages are being read.
 */
const NOT_SERVED = new Set(['pagefind', '.prerender']);

/** Every served file of a built site, relative to it. */
async function builtFiles(dir: string, folder = ''): Promise<string[]> {
  const entries = await readdir(join(dir, folder), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return folder || !NOT_SERVED.has(entry.name) ? builtFiles(dir, path) : [];
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

/** The ids and links of every HTML page of a built site, by the URL path it is served at. */
export async function readBuiltPages(dir: string): Promise<Map<string, PageLinks>> {
  const limit = pLimit(READS_AT_ONCE);
  const pages = new Map<string, PageLinks>();
  const html = (await builtFiles(dir)).filter((file) => file.endsWith('.html'));
  await Promise.all(
    html.map((file) =>
      limit(async () => pages.set(servedPath(file), extractLinks(await readFile(join(dir, file))))),
    ),
  );
  return pages;
}

/** The URL paths of a built site's other files (`/favicon.svg`, `/status-codes.json`). */
export async function readBuiltFiles(dir: string): Promise<Set<string>> {
  return new Set((await builtFiles(dir)).filter((file) => !file.endsWith('.html')).map(servedPath));
}

/** Add after every integration that writes files into the build, so that links to them resolve. */
export function linkCheck(): AstroIntegration {
  let origin = '';
  let pages: Promise<Map<string, PageLinks>> | undefined;
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ?? 'https://site.invalid';
      },
      'astro:build:generated': ({ dir }) => {
        pages = readBuiltPages(fileURLToPath(dir));
        // Awaited when the build is done; until then a failure must not go unhandled.
        pages.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const [built, files] = await Promise.all([pages ?? readBuiltPages(outDir), readBuiltFiles(outDir)]);
        const broken = findBrokenLinks(built, files, origin);
        if (broken.length > 0) throw new BrokenLinksError(broken, takePageSources());
        takePageSources();
        logger.info(`every link and #fragment of ${built.size} pages resolves`);
      },
    },
  };
}
