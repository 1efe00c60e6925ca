import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Pagefind's ready-made search interfaces, which it writes beside every index, and its worker. The
 * site has its own interface (src/scripts/search), and searches on the page, not in the worker
 * (scripts/search/engine.ts): leaving them out keeps about 470 KB of files nothing requests out of
 * the deployed site.
 */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;

/**
 * Pagefind's command-line program, through the npm package's own launcher (it picks the binary for
 * this platform). The program builds the same index as the package's Node API, byte for byte, in
 * about three quarters of the time at 5,000 extra pages, and it exits only once every file is written:
 * the Node API's writeFiles() returned with writes in flight, and needed a wait for the index to
 * appear whole on disk.
 */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** How words are cut: '_' keeps snake_case parameter names and operators whole words. */
export const WORD_OPTIONS = ['--include-characters', '_'];

/**
 * Pagefind reads each page from its <main> only: every page's searchable part (data-pagefind-body)
 * is in it. Reading the head's inline stylesheet and scripts, the header, the sidebar and the footer
 * too took it an eighth more CPU time at 5,000 extra pages (user time 8.4-9.0 s against 7.3-7.7 s,
 * alternating runs) for an index that is the same, byte for byte. e2e/quality.spec.ts holds the built
 * index to the one Pagefind makes from the whole pages.
 */
const ROOT_OPTIONS = ['--root-selector', 'main'];

/** Runs Pagefind over `site`, writing the index to `output`; resolves with what it printed. */
export function runPagefind(
  site: string,
  output: string,
  options = [...WORD_OPTIONS, ...ROOT_OPTIONS],
): Promise<string> {
  const args = ['--site', site, '--output-path', output, ...options];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk));
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(printed) : reject(new Error(`Pagefind exited with ${code}:\n${printed.trim()}`)),
    );
  });
}

/**
 * Builds the Pagefind index over the finished pages, as part of `astro build`. Pagefind starts as
 * soon as the pages are written, while the other integrations finish the build.
 */
export function pagefindIndex(): AstroIntegration {
  let indexing: Promise<string> | undefined;
  const start = (outDir: string) => runPagefind(outDir, join(outDir, 'pagefind'));
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = start(fileURLToPath(dir));
        // Awaited when the build is done; until then a failure must not go unhandled.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const target = join(outDir, 'pagefind');
        const printed = await (indexing ?? start(outDir));
        indexing = undefined;
        const found = /Found (\d+) files? matching/.exec(printed)?.[1];
        const entry = JSON.parse(await readFile(join(target, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const pages = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
        if (pages === 0) throw new Error(`Pagefind indexed no page of ${outDir}:\n${printed.trim()}`);
        for (const file of await readdir(target))
          if (UNUSED_PAGEFIND_FILE.test(file)) await rm(join(target, file));
        logger.info(`indexed ${pages} of ${found ?? '?'} pages`);
      },
    },
  };
}
