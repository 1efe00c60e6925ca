// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { routeManifest } from './src/integrations/route-manifest.ts';
import { clientBundles } from './src/integrations/client-bundles.ts';
import { buildPaths } from './src/lib/content-root.ts';

const paths = buildPaths();
const site = /** @type {{ url: string }} */ (
  yaml.load(readFileSync(`${paths.contentRoot}/site.yaml`, 'utf8'))
);

export default defineConfig({
  site: site.url,
  // Per checkout and content set: checkouts that share node_modules, and content sets built side
  // by side, must not share content caches.
  cacheDir: `./${paths.cacheDir}`,
  outDir: `./${paths.outDir}`,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    // Pages render while earlier ones are written to disk. One at a time, the build waits on each
    // write: a quarter of the render phase at 5,000 extra pages (npm run bench).
    concurrency: 8,
  },
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    // The search page is noindex: it has no content of its own.
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    routeManifest(paths.routeManifest),
    clientBundles(),
    pagefindIndex(),
  ],
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
