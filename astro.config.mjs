// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { routeManifest } from './src/integrations/route-manifest.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { clientBundles } from './src/integrations/client-bundles.ts';
import { inlineModules } from './src/integrations/inline-modules.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { buildPaths } from './src/integrations/content-root.ts';
import { headingLinks } from './src/integrations/markdown/heading-links.ts';
import { markdownTables } from './src/integrations/markdown/tables.ts';
import { codeFences } from './src/integrations/markdown/code-fences.ts';

const paths = buildPaths();
const site = /** @type {{ url: string }} */ (
  yaml.load(readFileSync(`${paths.contentRoot}/site.yaml`, 'utf8'))
);

/**
 * The text of the TypeScript sources in `folder` (or of `files` there), tests aside.
 * @type {(folder: string, files?: string[]) => string[]}
 */
const sources = (folder, files) => {
  const dir = new URL(folder, import.meta.url);
  return (files ?? readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')))
    .sort()
    .map((file) => readFileSync(new URL(file, dir), 'utf8'));
};

/**
 * Astro renews its content cache when content.config.ts or this file's settings change, but not
 * when a schema that file imports does, nor the code of a Markdown plugin: entries cached under an
 * older schema lack the fields added since, and the build fails on them; code pages' Markdown,
 * rendered into the cache, keeps the older plugins' markup. Each version of these sources gets a
 * cache folder of its own.
 */
const sourceDigest = createHash('sha256')
  .update(
    [
      ...sources('./src/schemas/'),
      ...sources('./src/integrations/markdown/'),
      // What the Markdown plugins and the schemas' checks of inline Markdown import.
      ...sources('./src/lib/html/', [
        'data-table.ts',
        'entities.ts',
        'markdown.ts',
        'safe-url.ts',
        'table-rows.ts',
      ]),
      ...sources('./src/lib/text/', ['words.ts']),
    ].join('\0'),
  )
  .digest('hex')
  .slice(0, 12);

/** Markdown tables in code pages (.md) and guides (.mdx) get their frame, stacking and row anchors. */
const markdownPlugins = [markdownTables];

export default defineConfig({
  site: site.url,
  // Per checkout and content set: checkouts that share node_modules, and content sets built side
  // by side, must not share content caches.
  cacheDir: `./${paths.cacheDir}/${sourceDigest}`,
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
    // Guides' section headings link to themselves, so they need their ids first; Astro's own pass
    // of heading ids, later, keeps them. Code fences go to components/mdx/CodeBlock.astro.
    mdx({
      processor: satteri({
        hastPlugins: [...markdownPlugins, () => satteriHeadingIdsPlugin(), headingLinks, codeFences],
      }),
    }),
    // The search page is noindex: it has no content of its own.
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    clientBundles(),
    inlineModules(),
    staticHeaders(),
    pagefindIndex(),
    // After every integration that writes files: it checks links against them all, and reads the
    // pages while those run.
    linkCheck(),
    // Written only for a build that passed every check, as it describes the pages in dist/.
    routeManifest(paths.routeManifest),
  ],
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: markdownPlugins }) },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Rolldown warns, eight lines per guide on every build, that it may drop the "use
        // astro:head-inject" directive of Astro's MDX modules. Astro finds those modules by their
        // id, not by the directive, and the pages come out the same, byte for byte
        // (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
