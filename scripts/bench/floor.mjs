// The floor under the scale builds: as many pages, from the same synthetic Markdown files, built by
// a bare project on the site's stack (a content collection of the files, one route that renders each
// entry's frontmatter texts and body under a heading: no layout, components or CSS) and indexed by
// the site's own Pagefind step. On a given machine, that is what these pages cost on this stack
// before any layout, component or style is added; what the site's build takes beyond it is the cost
// of its own pages.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODES_PER_API, random, syntheticCode } from './synthetic-content.mjs';
import { timedRun } from './timed.mjs';

/** The site's own indexing step, so that the floor indexes its pages exactly as the site does. */
const SITE_INDEXER = fileURLToPath(new URL('../../src/integrations/pagefind.ts', import.meta.url));

const CONFIG = `import { defineConfig } from 'astro/config';
import { pagefindIndex } from ${JSON.stringify(SITE_INDEXER)};

export default defineConfig({
  site: 'https://floor.invalid',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
});
`;

const COLLECTION = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content' }) }),
};
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';
export const getStaticPaths = async () =>
  (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
const { entry } = Astro.props;
const { Content } = await render(entry);
// Every text of the frontmatter, as the site shows them all.
const texts = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.label}</title></head>
<body><main data-pagefind-body><h1>{entry.data.label}</h1>{texts(entry.data).map((text) => <p>{text}</p>)}<Content /></main></body></html>
`;

/** Builds `pages` bare pages in a temporary project; returns its seconds and CPU seconds. */
export async function floorBuild(pages, { node, astroBin, nodeModules, env }) {
  const work = mkdtempSync(join(tmpdir(), `bench-floor-${pages}-`));
  try {
    mkdirSync(join(work, 'src/pages'), { recursive: true });
    symlinkSync(nodeModules, join(work, 'node_modules'));
    writeFileSync(join(work, 'package.json'), '{ "type": "module", "private": true }\n');
    writeFileSync(join(work, 'astro.config.mjs'), CONFIG);
    writeFileSync(join(work, 'src/content.config.ts'), COLLECTION);
    writeFileSync(join(work, 'src/pages/[...id].astro'), ROUTE);
    const next = random(pages);
    for (let i = 0; i < pages; i++) {
      const folder = join(work, 'content', `floor-${Math.floor(i / CODES_PER_API) + 1}`);
      if (i % CODES_PER_API === 0) mkdirSync(folder, { recursive: true });
      const code = 100 + (i % CODES_PER_API);
      writeFileSync(join(folder, `${code}.md`), syntheticCode('floor', code, next));
    }
    return await timedRun(node, [astroBin, 'build', '--root', work], { cwd: work, env });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
