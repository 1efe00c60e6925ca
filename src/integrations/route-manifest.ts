import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Records which route (template) produced which pages, so that checks over "one page of every
 * template" or "every page" find new pages by themselves.
 */
/** Writes the manifest to `file` (relative to the project root): beside the build, not in it. */
export function routeManifest(file: string): AstroIntegration {
  let root: URL;
  return {
    name: 'route-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ assets, dir }) => {
        const outDir = fileURLToPath(dir);
        const routes: Record<string, string[]> = {};
        for (const [route, files] of assets) {
          routes[route] = files
            .map((file) => fileURLToPath(file).slice(outDir.length - 1))
            .map((path) => path.replace(/index\.html$/, '').replace(/\.html$/, ''))
            .sort();
        }
        const target = new URL(file, root);
        await mkdir(new URL('.', target), { recursive: true });
        await writeFile(target, `${JSON.stringify(routes, null, 2)}\n`);
      },
    },
  };
}
