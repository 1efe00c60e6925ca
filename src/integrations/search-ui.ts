import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { SEARCH_UI_ENTRY, SEARCH_UI_PATH } from '../lib/urls';

/**
 * Bundles the search UI to a fixed URL (SEARCH_UI_PATH) that the inline page script imports on
 * first use. Astro would emit it as a module loaded by every page; a fixed URL lets pages carry no
 * script request at all until search is opened. (In `astro dev`, Vite serves the entry itself: see
 * components/layout/page-script.ts.)
 */
export function searchUi(): AstroIntegration {
  let root = '';
  return {
    name: 'search-ui',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = new URL(`.${SEARCH_UI_PATH}`, dir);
        await mkdir(new URL('.', target), { recursive: true });
        const result = await build({
          entryPoints: [SEARCH_UI_ENTRY],
          absWorkingDir: root,
          outfile: fileURLToPath(target),
          bundle: true,
          format: 'esm',
          target: 'es2022',
          minify: true,
          legalComments: 'none',
          tsconfig: 'tsconfig.json',
          metafile: true,
        });
        const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
        logger.info(`${SEARCH_UI_PATH}: ${(bytes / 1024).toFixed(1)} KB`);
      },
    },
  };
}
