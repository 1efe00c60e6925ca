/**
 * The Pagefind step writes an index of about one file per page without holding one open file per
 * page: it runs here over thousands of synthetic pages in a process allowed 512 open files.
 * The index folder then holds only what search loads.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { random, syntheticCode } from '../../scripts/bench/synthetic-content.mjs';
import { UNUSED_PAGEFIND_FILE } from './pagefind';

const PAGES = 3000;
const OPEN_FILES = 512;

const work = mkdtempSync(join(tmpdir(), 'pagefind-step-'));
// Removing 3,000 pages' index files can take a while on a loaded machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

/** A built site of `count` pages, each with a code page's worth of distinct words. */
function writeSite(dir: string, count: number): void {
  const next = random(count);
  for (let i = 0; i < count; i++) {
    const code = 100 + (i % 500);
    const folder = join(dir, `api-${Math.floor(i / 500)}`, String(code));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'index.html'),
      `<!DOCTYPE html><html lang="en"><head><title>Page ${i}</title></head><body>` +
        `<main data-pagefind-body><h1>Page ${i}</h1><p>${syntheticCode('api', code, next)}</p></main></body></html>`,
    );
  }
}

/** Runs the integration's astro:build:done hook over `dir`, as astro build does. */
const RUNNER = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { pagefindIndex } from ${JSON.stringify(new URL('./pagefind.ts', import.meta.url).pathname)};
console.log(readFileSync('/proc/self/limits', 'utf8').split('\\n').find((l) => l.startsWith('Max open files')));
const logger = { info: (message) => console.log(message) };
await pagefindIndex().hooks['astro:build:done']({ dir: pathToFileURL(process.argv[2] + '/'), logger });
`;

describe('the Pagefind step', () => {
  test(`indexes ${PAGES} pages with ${OPEN_FILES} open files allowed`, { timeout: 120_000 }, async () => {
    const site = join(work, 'dist');
    writeSite(site, PAGES);
    const runner = join(work, 'run.mjs');
    writeFileSync(runner, RUNNER);

    const { stdout } = await promisify(execFile)(
      'bash',
      ['-c', `ulimit -n ${OPEN_FILES} && exec "$0" "$@"`, process.execPath, runner, site],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stdout).toMatch(new RegExp(`^Max open files\\s+${OPEN_FILES}\\s`, 'm'));
    expect(stdout).toContain(`indexed ${PAGES} of ${PAGES} pages`);
    // Every page's fragment was written, and the entry file search starts from is whole.
    expect(readdirSync(join(site, 'pagefind/fragment'))).toHaveLength(PAGES);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(PAGES);
    expect(readdirSync(join(site, 'pagefind')).filter((file) => UNUSED_PAGEFIND_FILE.test(file))).toEqual([]);
  });
});
