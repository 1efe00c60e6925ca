import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { CLIENT_BUNDLES } from '../lib/site/urls';

/**
 * Bundles the modules that pages import on first use (search, the inspector) to fixed URLs. Astro
 * would emit each as a module requested at load; a fixed URL lets a page's inline script import it
 * only when needed, so pages carry no script request at all until then. (In `astro dev`, Vite
 * serves the entries themselves: see lib/urls.ts.)
 */
export function clientBundles(): AstroIntegration {
  let root = '';
  return {
    name: 'client-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const { entry, path } of CLIENT_BUNDLES) {
          const target = new URL(`.${path}`, dir);
          await mkdir(new URL('.', target), { recursive: true });
          const result = await build({
            entryPoints: [entry],
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
          logger.info(`${path}: ${(bytes / 1024).toFixed(1)} KB`);
        }
      },
    },
  };
}
