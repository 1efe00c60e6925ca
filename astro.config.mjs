// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { routeManifest } from './src/integrations/route-manifest.ts';
import { searchUi } from './src/integrations/search-ui.ts';
import { contentRoot } from './src/lib/content-root.ts';

const root = contentRoot();
const site = /** @type {{ url: string }} */ (yaml.load(readFileSync(`${root}/site.yaml`, 'utf8')));

export default defineConfig({
  site: site.url,
  // Per checkout, not in node_modules: checkouts that share node_modules must not share content caches.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    // The search page is noindex: it has no content of its own.
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    routeManifest(),
    searchUi(),
    pagefindIndex(),
  ],
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
