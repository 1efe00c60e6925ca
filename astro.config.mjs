// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { routeManifest } from './src/integrations/route-manifest.ts';
import { clientBundles } from './src/integrations/client-bundles.ts';
import { inlineModules } from './src/integrations/inline-modules.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { buildPaths } from './src/integrations/content-root.ts';

const paths = buildPaths();
const site = /** @type {{ url: string }} */ (
  yaml.load(readFileSync(`${paths.contentRoot}/site.yaml`, 'utf8'))
);

/**
 * Astro renews its content cache when content.config.ts changes, but not when a schema that file
 * imports does: entries cached under an older schema then lack the fields added since, and the
 * build fails on them. Each version of the schemas gets a cache folder of its own.
 */
const schemasDir = new URL('./src/schemas/', import.meta.url);
const schemaDigest = createHash('sha256')
  .update(
    readdirSync(schemasDir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort()
      .map((file) => readFileSync(new URL(file, schemasDir), 'utf8'))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  site: site.url,
  // Per checkout and content set: checkouts that share node_modules, and content sets built side
  // by side, must not share content caches.
  cacheDir: `./${paths.cacheDir}/${schemaDigest}`,
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
    inlineModules(),
    staticHeaders(),
    pagefindIndex(),
  ],
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
