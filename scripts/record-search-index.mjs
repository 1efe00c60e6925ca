// Records Pagefind's answers to every question search asks for the queries of its evaluation set
// (src/lib/search/evaluation/cases.yaml), from the built site, into
// src/lib/search/evaluation/recorded-index.json, which the unit tests replay without a browser.
// Run it after `npm run build` when the content, the pages' search markup or the questions search
// asks have changed: `npm run search:record`. It prints the set's scores over the recording.
/* global pagefind, found -- set on the page's globalThis below */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildPaths } from '../src/integrations/content-root.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { readCases, scoreOutcomes } from './bench/search-eval.mjs';
import { serveSite } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, buildPaths().outDir);
const target = join(root, 'src/lib/search/evaluation/recorded-index.json');
const showHeldOut = process.argv.includes('--held-out');

// The search code is TypeScript with the project's import alias: bundled for Node first.
const { outputFiles } = await build({
  stdin: {
    contents: `
      export { outcomesOf } from './src/lib/search/evaluation/evaluate.ts';
      export { recordingIndex } from './src/lib/search/evaluation/recorded-index.ts';
      export { formatScores } from './src/lib/search/evaluation/metrics.ts';
      export { PAGEFIND_OPTIONS } from './src/lib/search/index-options.ts';
      export { matchedWords } from './src/lib/search/unmatched.ts';
      export { buildVocabulary, entriesOfExport } from './src/lib/search/vocabulary.ts';
      export { VOCABULARY_PATH } from './src/lib/search/search-data.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  tsconfig: join(root, 'tsconfig.json'),
});
const search = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

const cases = readCases();
const server = await serveSite({ dir: outDir, port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  const filterCounts = await page.evaluate(async (options) => {
    globalThis.pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options(options);
    await pagefind.init();
    globalThis.found = [];
    return pagefind.filters();
  }, search.PAGEFIND_OPTIONS);
  const filters = Object.fromEntries(
    Object.entries(filterCounts).map(([name, values]) => [name, Object.keys(values)]),
  );
  const exported = JSON.parse(readFileSync(join(outDir, 'status-codes.json'), 'utf8'));
  // The codes no API lists are in the search data only: the export lists the APIs' codes.
  const { undocumented } = JSON.parse(readFileSync(join(outDir, search.VOCABULARY_PATH), 'utf8'));
  const sources = { ...search.entriesOfExport(exported), undocumented, filters };

  /** Pagefind in the page, asked as lib/search/run.ts asks an index. */
  const live = {
    ask: async (term, filters, sort) => {
      const { slot, ids } = await page.evaluate(
        async ([term, filters, sort]) => {
          const results = (await pagefind.search(term, { filters, ...(sort && { sort }) }))?.results ?? [];
          found.push(results);
          return { slot: found.length - 1, ids: results.map((r) => r.id) };
        },
        [term, filters, sort ?? null],
      );
      return ids.map((id, i) => ({
        id,
        load: async () => {
          const { data, words } = await page.evaluate(
            async ([slot, i]) => {
              const result = found[slot][i];
              return { data: await result.data(), words: result.words };
            },
            [slot, i],
          );
          return { data, matched: search.matchedWords(data.content ?? '', words) };
        },
      }));
    },
  };
  const recorded = { pages: {}, questions: {} };
  const outcomes = await search.outcomesOf(
    cases,
    search.buildVocabulary(sources),
    search.recordingIndex(live, recorded),
  );
  writeFileSync(
    target,
    `${JSON.stringify({ $comment: 'Written by scripts/record-search-index.mjs from a build: do not edit.', sources, ...recorded })}\n`,
  );
  const scores = scoreOutcomes(cases, outcomes);
  for (const miss of scores.misses)
    if (miss.set !== 'held-out' || showHeldOut)
      console.log(
        `${miss.rank ?? '-'}  ${miss.q}\n   ${[...miss.problems, miss.pages.join(' ')].join('\n   ')}`,
      );
  console.log(`Recorded ${Object.keys(recorded.questions).length} questions into ${target}`);
  console.log(`all       ${search.formatScores(scores.all)}`);
  console.log(`tuned     ${search.formatScores(scores.tuned)}`);
  console.log(`held-out  ${search.formatScores(scores.heldOut)}`);
} finally {
  await browser.close();
  await server.close();
}
