import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made search interfaces, which it writes beside every index. The site has its own
 * (src/scripts/search), and pagefind.js loads none of these: leaving them out keeps about 430 KB of
 * files nothing requests out of the deployed site.
 */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/**
 * Index files written at once. The index has about one file per page and each write holds a file
 * open, so writing them all at once runs out of file descriptors on a large site; Node writes files
 * on 4 threads, so more at once would gain nothing.
 */
const WRITES_AT_ONCE = 16;

/** Builds the Pagefind index over the finished pages, as part of `astro build`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          // '_' keeps snake_case parameter names and operators whole words.
          includeCharacters: '_',
        });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        // The index comes back in memory and is written here. Pagefind's own writeFiles() can report
        // done while its last writes are still in flight: closing the service then lost them, and
        // one build shipped an empty pagefind-entry.json, with which search cannot start.
        const { files, errors: fileErrors } = await index.getFiles();
        if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
        await pagefind.close();
        const target = join(outDir, 'pagefind');
        const written = files.filter((file) => !UNUSED_PAGEFIND_FILE.test(file.path));
        const paths = written.map((file) => join(target, file.path));
        for (const folder of new Set(paths.map((path) => dirname(path))))
          await mkdir(folder, { recursive: true });
        const limit = pLimit(WRITES_AT_ONCE);
        await Promise.all(written.map((file, i) => limit(() => writeFile(paths[i]!, file.content))));
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
