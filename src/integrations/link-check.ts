/**
 * Fails the build when a page links to a page, file or #fragment that the build did not produce
 * (lib/html/link-check.ts), naming the link, the pages that hold it and the content files those
 * pages show. Pages are read as soon as they are written, while the other integrations finish the
 * build (Pagefind's index above all); the links are checked once every file is in place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  BrokenLinksError,
  extractLinks,
  findBrokenLinks,
  servedPath,
  type PageLinks,
} from '../lib/html/link-check';
import { takePageSources } from './page-sources';

/**
 * Pages read between two turns of the event loop. Pages are read synchronously, a batch at a time:
 * through fs/promises, reading them cost more CPU (about 2.2 s against 1.4 s for the 5,600 pages
 * of the 5,000-page benchmark), which Pagefind, indexing alongside, lost.
 */
const PAGES_PER_TURN = 64;

/**
 * Folders of the output that hold no served file: Pagefind's index (its files link nowhere) and the
 * server chunks Astro renders pages with, deleted while the pages are being read.
 */
const NOT_SERVED = new Set(['pagefind', '.prerender']);

/** Every served file of a built site, relative to it. */
function builtFiles(dir: string, folder = ''): string[] {
  return readdirSync(join(dir, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return folder || !NOT_SERVED.has(entry.name) ? builtFiles(dir, path) : [];
    return entry.isFile() ? [path] : [];
  });
}

/** The ids and links of every HTML page of a built site, by the URL path it is served at. */
export async function readBuiltPages(dir: string): Promise<Map<string, PageLinks>> {
  const pages = new Map<string, PageLinks>();
  const html = builtFiles(dir).filter((file) => file.endsWith('.html'));
  for (let i = 0; i < html.length; i++) {
    // The other integrations' hooks run between batches.
    if (i > 0 && i % PAGES_PER_TURN === 0) await yieldToOthers();
    pages.set(servedPath(html[i]!), extractLinks(readFileSync(join(dir, html[i]!))));
  }
  return pages;
}

/** The URL paths of a built site's other files (`/favicon.svg`, `/status-codes.json`). */
export function readBuiltFiles(dir: string): Set<string> {
  return new Set(
    builtFiles(dir)
      .filter((file) => !file.endsWith('.html'))
      .map(servedPath),
  );
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
        const built = await (pages ?? readBuiltPages(outDir));
        const files = readBuiltFiles(outDir);
        const broken = findBrokenLinks(built, files, origin);
        if (broken.length > 0) throw new BrokenLinksError(broken, takePageSources());
        takePageSources();
        logger.info(`every link and #fragment of ${built.size} pages resolves`);
      },
    },
  };
}
