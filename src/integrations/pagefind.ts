import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
// With its extension: the test runs this file in Node without a bundler.
import { takePages } from './page-index.ts';

/**
 * Pagefind's ready-made search interfaces, which it writes beside every index. The site has its own
 * (src/scripts/search), and pagefind.js loads none of these: leaving them out keeps about 430 KB of
 * files nothing requests out of the deployed site.
 */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** How long the written index may take to appear whole on disk after writeFiles() returns. */
const SETTLE_MS = 60_000;

/** Every file under `folder`, or none when it cannot be read yet. */
async function filesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder, { recursive: true });
  } catch {
    return [];
  }
}

/**
 * The number of pages of the index in `folder` once it is whole, or undefined while it is not: its
 * entry file parses, each page it counts has its fragment, and its count of files is still `before`.
 */
async function wholeIndex(folder: string, before: number): Promise<number | undefined> {
  const files = await filesIn(folder);
  try {
    const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
    const fragments = files.filter((file) => file.startsWith('fragment/')).length;
    return pages > 0 && fragments === pages && files.length === before ? pages : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the Pagefind index of the pages `astro build` renders, and writes it beside them. */
export function pagefindIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const adding = new Set<Promise<unknown>>();
  const failures: string[] = [];
  let handed = 0;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({
          // '_' keeps snake_case parameter names and operators whole words.
          includeCharacters: '_',
        });
        if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
        const open = created.index;
        index = open;
        takePages((url, content) => {
          handed++;
          const added = open.addHTMLFile({ url, content }).then(
            ({ errors }) => failures.push(...errors.map((error) => `${url}: ${error}`)),
            (error: unknown) => failures.push(`${url}: ${String(error)}`),
          );
          adding.add(added);
          void added.then(() => adding.delete(added));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        takePages(undefined);
        if (!index) throw new Error('Pagefind: the index was not created when the build started');
        await Promise.all(adding);
        if (failures.length) throw new Error(`Pagefind: ${failures.join('; ')}`);
        if (handed === 0)
          throw new Error('Pagefind: no page was handed to the index (BaseLayout calls indexPage)');
        const target = join(fileURLToPath(dir), 'pagefind');
        // Pagefind writes the files itself, a few at a time. Its writeFiles() can return while its
        // last writes are in flight, and closing the service then loses them: the service stays
        // open until the index on disk is whole.
        const written = await index.writeFiles({ outputPath: target });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        const deadline = Date.now() + SETTLE_MS;
        let seen = -1;
        let pages: number | undefined;
        while ((pages = await wholeIndex(target, seen)) === undefined) {
          if (Date.now() > deadline)
            throw new Error(
              `Pagefind: the index in ${target} is not whole ${SETTLE_MS / 1000} s after writing`,
            );
          seen = (await filesIn(target)).length;
          await sleep(100);
        }
        await pagefind.close();
        for (const file of await readdir(target))
          if (UNUSED_PAGEFIND_FILE.test(file)) await rm(join(target, file));
        logger.info(`indexed ${pages} of ${handed} pages`);
      },
    },
  };
}
