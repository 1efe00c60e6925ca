import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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

/** Builds the Pagefind index over the finished pages, as part of `astro build`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const target = join(outDir, 'pagefind');
        const { index, errors } = await pagefind.createIndex({
          // '_' keeps snake_case parameter names and operators whole words.
          includeCharacters: '_',
        });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        // Pagefind writes the files itself, a few at a time, without passing the index through this
        // process (getFiles() held the whole index here, and took longer than the writing). Its
        // writeFiles() can return while its last writes are in flight, and closing the service then
        // loses them: the service stays open until the index on disk is whole.
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
        logger.info(`indexed ${pages} of ${added.page_count} pages`);
      },
    },
  };
}
