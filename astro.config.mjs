// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { contentRoot } from './src/lib/content-root.ts';

const root = contentRoot();
const site = /** @type {{ url: string }} */ (yaml.load(readFileSync(`${root}/site.yaml`, 'utf8')));

/** Builds the Pagefind index over the finished pages, as part of `astro build`. */
function pagefindIndex() {
  return /** @type {import('astro').AstroIntegration} */ ({
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  });
}

export default defineConfig({
  site: site.url,
  // Per checkout, not in node_modules: checkouts that share node_modules must not share content caches.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
