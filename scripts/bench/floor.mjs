// The floor under the scale builds: as many pages, with the same synthetic text, built by a bare Astro
// project (one route, a heading and paragraphs: no content collections, layout, components or CSS)
// and indexed by Pagefind with the site's options. On a given machine, no build of these pages can
// be faster than this; what the site's build takes beyond it is the cost of the site's own pages.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { random, syntheticCode } from './synthetic-content.mjs';

const run = promisify(execFile);

const CONFIG = `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

export default defineConfig({
  site: 'https://floor.invalid',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  integrations: [{
    name: 'pagefind-floor',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const { index } = await pagefind.createIndex({ includeCharacters: '_' });
        await index.addDirectory({ path: outDir });
        await index.writeFiles({ outputPath: outDir + '/pagefind' });
        await pagefind.close();
      },
    },
  }],
});
`;

const ROUTE = `---
import texts from '../texts.json';
export const getStaticPaths = () => texts.map((lines, i) => ({ params: { page: String(i) }, props: { lines } }));
const { lines } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{lines[0]}</title></head>
<body><main data-pagefind-body><h1>{lines[0]}</h1>{lines.slice(1).map((line) => <p>{line}</p>)}</main></body></html>
`;

/** Builds `pages` bare pages in a temporary project and returns the seconds it took. */
export async function floorBuild(pages, { node, astroBin, nodeModules, env }) {
  const work = mkdtempSync(join(tmpdir(), `bench-floor-${pages}-`));
  try {
    mkdirSync(join(work, 'src/pages'), { recursive: true });
    symlinkSync(nodeModules, join(work, 'node_modules'));
    writeFileSync(join(work, 'package.json'), '{ "type": "module", "private": true }\n');
    writeFileSync(join(work, 'astro.config.mjs'), CONFIG);
    writeFileSync(join(work, 'src/pages/[page].astro'), ROUTE);
    const next = random(pages);
    const texts = Array.from({ length: pages }, (_, i) =>
      syntheticCode('floor', 100 + (i % 500), next)
        .split('\n')
        .filter((line) => line && line !== '---'),
    );
    writeFileSync(join(work, 'src/texts.json'), JSON.stringify(texts));
    const started = performance.now();
    await run(node, [astroBin, 'build', '--root', work], { cwd: work, env, maxBuffer: 256 * 1024 * 1024 });
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
