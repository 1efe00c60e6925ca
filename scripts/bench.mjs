// The benchmark (`npm run bench`, not part of `npm test`): page weight, JavaScript and requests at
// load, Lighthouse (mobile), search latency and quality (top-1, top-3 and MRR@10 over the evaluation
// set, src/lib/search/evaluation/cases.yaml), index size and build time at scale, against the
// budgets in scripts/bench/budgets.json. Prints a table and writes bench-results/latest.json.
//
//   npm run bench                       everything (about ten minutes on two cores)
//   npm run bench -- --sizes 0,1000     other scale points (the scale budgets apply at 50000)
//   npm run bench -- --no-lighthouse --no-scale
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { buildPaths } from '../src/integrations/content-root.ts';
import { floorBuild } from './bench/floor.mjs';
import { answersInBrowser, readCases, scoreOutcomes } from './bench/search-eval.mjs';
import { formatScores } from '../src/lib/search/evaluation/metrics.ts';
import { writeSyntheticCodes } from './bench/synthetic-content.mjs';
import { timedRun } from './bench/timed.mjs';
import { serveSite } from './static-server.mjs';
const root = new URL('..', import.meta.url).pathname;
const budgets = JSON.parse(readFileSync(join(root, 'scripts/bench/budgets.json'), 'utf8'));
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,1000,5000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

const chromePath = findChromium();
if (!chromePath)
  throw new Error('No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
/** The build being measured: the default content's, or DOCS_CONTENT's. */
const outDir = join(root, buildPaths().outDir);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs the project's build (`npm run build`'s script) in a project root; returns its seconds and
 *  CPU seconds. */
const timedBuild = (projectRoot, extraEnv = {}) =>
  timedRun(process.execPath, [join(projectRoot, 'scripts/build.mjs')], {
    cwd: projectRoot,
    env: { ...env, ...extraEnv },
  });

function directoryBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(path) : statSync(path).size;
  }
  return total;
}

/** Seconds to a tenth; CPU seconds stay undefined where they cannot be measured. */
const tenths = (seconds) => (seconds === undefined ? undefined : Number(seconds.toFixed(1)));

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** HTML, CSS and JavaScript a page loads, and how many requests it makes, until the network is idle. */
async function measurePage(browser, base, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', (request) => requests.push(request));
  const response = await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(
    requests.map(async (request) => {
      const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
      return {
        type: request.resourceType(),
        url: request.url(),
        raw: body.length,
        gzip: gzipSync(body).length,
      };
    }),
  );
  const html = files.find((f) => f.type === 'document');
  const css = files.filter((f) => f.type === 'stylesheet');
  const js = files.filter((f) => f.type === 'script');
  const inline = await page.evaluate(() => ({
    css: [...document.querySelectorAll('style')].reduce((n, s) => n + (s.textContent?.length ?? 0), 0),
    js: [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].reduce(
      (n, s) => n + (s.textContent?.length ?? 0),
      0,
    ),
  }));
  await context.close();
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  return {
    status: response?.status() ?? 0,
    htmlRaw: html?.raw ?? 0,
    htmlGzip: html?.gzip ?? 0,
    inlineCssRaw: inline.css,
    cssRaw: sum(css, 'raw'),
    cssGzip: sum(css, 'gzip'),
    htmlCssGzip: (html?.gzip ?? 0) + sum(css, 'gzip'),
    inlineJsRaw: inline.js,
    jsRaw: sum(js, 'raw'),
    jsFiles: js.map((f) => new URL(f.url).pathname),
    requests: files.length,
  };
}

/** Lighthouse scores move from run to run on a busy machine (on two cores, mostly through Total
 *  Blocking Time: one page measured 33 to 189 ms in eight runs). Lighthouse's variability guide
 *  recommends the median of five runs, which it finds halves the spread. */
const LIGHTHOUSE_RUNS = 5;

/**
 * The median of each Lighthouse figure over the runs, with every run kept. All runs share one
 * Chrome, and the first is not counted: a fresh Chrome sets up its profile and services on the same
 * two cores while it loads its first page (Lighthouse issue #817, "Perf numbers are much faster with
 * a warm chrome"), which moved Total Blocking Time by up to 200 ms here. Lighthouse still clears the
 * origin's storage and the HTTP cache before every run, so each run fetches and lays out the page
 * anew. The uncounted first run is reported as `freshChrome`.
 */
async function lighthouseScores(url) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const freshChrome = await lighthouseRun(chrome.port, url);
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseRun(chrome.port, url));
    const figures = Object.fromEntries(
      Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]),
    );
    return { ...figures, runs, freshChrome };
  } finally {
    chrome.kill();
  }
}

async function lighthouseRun(port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    seo: Math.round(categories.seo.score * 100),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
  };
}

/** First queries measured, each in a fresh page: the figure is their median. */
const FIRST_QUERY_RUNS = 5;

/** Keystroke (an input event) to results rendered and painted, measured inside the page. */
async function searchLatency(browser, base) {
  /** A fresh page with search open; `ready`: once its index has loaded, else as soon as the box is there. */
  const open = async (ready = true) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press('/');
    await page.waitForSelector('#search-input');
    if (ready) await page.waitForFunction(() => 'searchReady' in document.documentElement.dataset);
    return { context, page };
  };
  const time = (page, query) =>
    page.evaluate(async (q) => {
      const input = document.querySelector('#search-input');
      const list = document.querySelector('#search-results');
      const done = () => list.dataset.query === q && ['results', 'none'].includes(list.dataset.state);
      const started = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        if (done()) return resolve();
        const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
        observer.observe(list, { attributes: true });
      });
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - started;
    }, query);

  const queries = ['rate limit', 'content type', 'token expired', 'pagination', 'include_fields', 'retry'];
  /** The first query of each of a few fresh pages. */
  const firstQueries = async (ready) => {
    const times = [];
    for (const q of queries.slice(0, FIRST_QUERY_RUNS)) {
      const { context, page } = await open(ready);
      times.push(await time(page, q));
      await context.close();
    }
    return times;
  };
  const first = await firstQueries(true);
  // What a fast typist sees: the first query typed the moment search opens waits for the index too.
  const typedAtOnce = await firstQueries(false);
  const { context, page } = await open();
  const warm = [];
  const exact = [];
  for (const q of queries) await time(page, q); // load every chunk once
  for (let round = 0; round < 3; round++) {
    for (const q of queries) warm.push({ query: q, ms: await time(page, q) });
    exact.push(await time(page, '429'));
  }
  await context.close();
  return {
    firstMs: median(first),
    firstSamples: first.map((ms) => Math.round(ms)),
    typedAtOnceMs: median(typedAtOnce),
    warmMs: median(warm.map((w) => w.ms)),
    // The median hides a broad query: a word on every page makes Pagefind score them all.
    warmSlowest: warm.reduce((a, b) => (b.ms > a.ms ? b : a)),
    exactCodeMs: median(exact),
    warmSamples: warm.length,
  };
}

/**
 * What opening search and asking one question fetches (the index, the engine, any data it loads),
 * raw and gzipped as a static host would send it, and the requests made.
 */
async function searchBytes(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const bodies = [];
  const collect = (request) =>
    bodies.push(
      request
        .response()
        .then((response) => response?.body())
        .catch(() => undefined),
    );
  page.on('requestfinished', collect);
  await page.keyboard.press('/');
  await page.fill('#search-input', 'rate limit');
  await page.waitForFunction(() => {
    const list = document.querySelector('#search-results');
    return list?.dataset.query === 'rate limit' && ['results', 'none'].includes(list.dataset.state ?? '');
  });
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', collect);
  const files = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  return {
    requests: files.length,
    raw: files.reduce((n, body) => n + body.length, 0),
    gzip: files.reduce((n, body) => n + gzipSync(body).length, 0),
  };
}

/**
 * The evaluation set of search (src/lib/search/evaluation/cases.yaml), typed into the dialog of one
 * page whose index has loaded: top-1, top-3 and MRR@10 for the whole set, the entries tuned on and
 * the fifth held out, and the time each answer took.
 */
async function searchQuality(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.keyboard.press('/');
  await page.waitForSelector('#search-input');
  await page.waitForFunction(() => 'searchReady' in document.documentElement.dataset);
  const cases = readCases();
  const outcomes = await answersInBrowser(page, cases);
  await context.close();
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return {
    ...scoreOutcomes(cases, outcomes),
    answerMs: median(times),
    answerP90Ms: times[Math.floor(times.length * 0.9)],
  };
}

/** Builds a copy of the project with `extra` synthetic code pages added to its content. */
async function scaleBuild(extra, browser) {
  const work = mkdtempSync(join(tmpdir(), `bench-${extra}-`));
  try {
    for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, entry), join(work, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
    cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
    const registry = readFileSync(join(root, 'src/data/http-status-registry.csv'), 'utf8');
    const registered = new Set(
      registry
        .split('\n')
        .slice(1)
        .map((line) => Number(line.split(',')[0])),
    );
    const site = readFileSync(join(work, 'content/site.yaml'), 'utf8');
    const generation = [...site.matchAll(/- id: ([a-z0-9-]+)/g)].at(-1)?.[1];
    if (extra > 0)
      await writeSyntheticCodes(join(work, 'content'), extra, {
        generation,
        isStandard: (c) => registered.has(c),
      });
    const contentEnv = { DOCS_CONTENT: join(work, 'content') };
    const build = await timedBuild(work, contentEnv);
    const out = join(work, buildPaths(contentEnv).outDir);
    const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const server = await serveSite({ dir: out, port: 0, host: '127.0.0.1' });
    let search;
    let fetched;
    try {
      search = await searchLatency(browser, server.url);
      fetched = await searchBytes(browser, server.url);
    } finally {
      await server.close();
    }
    const floor = await floorBuild(pages, {
      node: process.execPath,
      astroBin,
      nodeModules: join(root, 'node_modules'),
      env,
    });
    return {
      extraPages: extra,
      seconds: tenths(build.seconds),
      cpuSeconds: tenths(build.cpuSeconds),
      peakBytes: build.peakBytes,
      pages,
      search: { ...search, fetched },
      indexBytes: directoryBytes(join(out, 'pagefind')),
      floorSeconds: tenths(floor.seconds),
      floorCpuSeconds: tenths(floor.cpuSeconds),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

const report = {
  date: new Date().toISOString(),
  machine: process.arch,
  pages: [],
  search: null,
  build: {},
  scale: [],
  failures: [],
};
const fail = (what) => report.failures.push(what);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);
/** Build milliseconds per page built. */
const perPageMs = (run) => (run.seconds * 1000) / run.pages;

if (!args['no-build']) {
  console.log('Building the site…');
  report.build.seconds = tenths((await timedBuild(root)).seconds);
}
report.build.indexBytes = directoryBytes(join(outDir, 'pagefind'));
report.build.searchUiBytes = existsSync(join(outDir, '_search/ui.js'))
  ? statSync(join(outDir, '_search/ui.js')).size
  : 0;

const server = await serveSite({ dir: outDir, port: 0, host: '127.0.0.1' });
const base = server.url;
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
try {
  for (const sample of budgets.samples) {
    console.log(`Measuring ${sample.path}…`);
    const weight = await measurePage(browser, base, sample.path);
    if (weight.status !== 200) {
      report.pages.push({ ...sample, missing: true });
      fail(`${sample.path}: answered ${weight.status}`);
      continue;
    }
    const scores = args['no-lighthouse'] ? null : await lighthouseScores(base + sample.path);
    const entry = { ...sample, ...weight, lighthouse: scores };
    report.pages.push(entry);
    const b = budgets.page;
    if (sample.codePage && weight.htmlCssGzip > b.codePageHtmlCssGzipBytes)
      fail(`${sample.path}: HTML+CSS ${weight.htmlCssGzip} B gzip > ${b.codePageHtmlCssGzipBytes}`);
    if (!sample.tool && weight.jsRaw > b.contentPageJsBytesAtLoad)
      fail(`${sample.path}: ${weight.jsRaw} B of script files at load`);
    if (!sample.tool && weight.requests > b.contentPageRequestsAtLoad)
      fail(`${sample.path}: ${weight.requests} requests at load`);
    if (scores) {
      for (const key of ['performance', 'accessibility', 'bestPractices', 'seo']) {
        if (scores[key] < b.lighthouseScore) fail(`${sample.path}: Lighthouse ${key} ${scores[key]}`);
      }
      if (scores.lcpMs > b.lcpMs) fail(`${sample.path}: LCP ${scores.lcpMs} ms > ${b.lcpMs}`);
    }
  }
  console.log('Measuring search latency…');
  report.search = await searchLatency(browser, base);
  if (report.search.firstMs > budgets.search.firstQueryMs)
    fail(`search: first query ${report.search.firstMs.toFixed(0)} ms`);
  if (report.search.warmMs > budgets.search.warmQueryMs)
    fail(`search: warm query ${report.search.warmMs.toFixed(1)} ms`);
  console.log('Running the search evaluation set…');
  report.searchQuality = await searchQuality(browser, base);
  for (const key of ['top1', 'top3', 'mrr10'])
    for (const part of ['all', 'heldOut'])
      if (report.searchQuality[part][key] < budgets.search[key])
        fail(
          `search: ${key} ${report.searchQuality[part][key].toFixed(3)} over ${part} < ${budgets.search[key]}`,
        );
} finally {
  await browser.close();
  await server.close();
}

if (!args['no-scale']) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    for (const size of args.sizes.split(',').map(Number)) {
      console.log(`Building with ${size} extra code pages…`);
      report.scale.push(await scaleBuild(size, browser));
    }
  } finally {
    await browser.close();
  }
  const at = (size) => report.scale.find((r) => r.extraPages === size);
  const atBudget = at(budgets.build.extraPages);
  if (atBudget && atBudget.seconds > budgets.build.seconds)
    fail(`build with ${atBudget.extraPages} extra pages: ${atBudget.seconds} s > ${budgets.build.seconds} s`);
  const large = at(budgets.scale.extraPages);
  if (large) {
    const sb = budgets.scale;
    if (large.seconds > sb.seconds)
      fail(`build with ${large.extraPages} extra pages: ${large.seconds} s > ${sb.seconds} s`);
    if (large.peakBytes > sb.peakBytes)
      fail(
        `build with ${large.extraPages} extra pages: largest process ${mb(large.peakBytes)} > ${mb(sb.peakBytes)}`,
      );
    const growth = atBudget && perPageMs(large) / perPageMs(atBudget);
    if (growth > sb.perPageGrowth)
      fail(
        `per-page build cost at ${large.extraPages} is ${growth.toFixed(2)}× that at ${atBudget.extraPages} (budget ${sb.perPageGrowth}×)`,
      );
    if (large.search.firstMs > sb.firstQueryMs)
      fail(`search at scale: first query ${large.search.firstMs.toFixed(0)} ms`);
    if (large.search.fetched.gzip > sb.firstQueryBytes)
      fail(`search at scale: first query fetched ${kb(large.search.fetched.gzip)} gzip`);
    if (large.search.warmMs > sb.warmQueryMs)
      fail(`search at scale: warm query ${large.search.warmMs.toFixed(1)} ms`);
    if (large.search.exactCodeMs > sb.exactCodeMs)
      fail(`search at scale: exact code ${large.search.exactCodeMs.toFixed(1)} ms`);
  }
}

// ---------------------------------------------------------------------------------------------

const table = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => String(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};
const mark = (ok) => (ok ? '' : ' ✗');
const b = budgets.page;
console.log(
  '\nPages (gzip sizes; JS = script files requested at load; inline JS is the theme/page script)\n',
);
console.log(
  table([
    [
      'page',
      'path',
      'HTML gz',
      'CSS inline',
      'HTML+CSS gz',
      'JS at load',
      'inline JS',
      'requests',
      'LH perf/a11y/bp/seo',
      'LCP',
    ],
    ...report.pages.map((p) =>
      p.missing
        ? [p.name, p.path, 'missing', '', '', '', '', '', '', '']
        : [
            p.name,
            p.path,
            kb(p.htmlGzip),
            kb(p.inlineCssRaw),
            kb(p.htmlCssGzip) + mark(!p.codePage || p.htmlCssGzip <= b.codePageHtmlCssGzipBytes),
            kb(p.jsRaw) + mark(p.tool || p.jsRaw <= b.contentPageJsBytesAtLoad),
            kb(p.inlineJsRaw),
            String(p.requests) + mark(p.tool || p.requests <= b.contentPageRequestsAtLoad),
            p.lighthouse
              ? `${p.lighthouse.performance}/${p.lighthouse.accessibility}/${p.lighthouse.bestPractices}/${p.lighthouse.seo}` +
                mark(
                  [
                    p.lighthouse.performance,
                    p.lighthouse.accessibility,
                    p.lighthouse.bestPractices,
                    p.lighthouse.seo,
                  ].every((s) => s >= b.lighthouseScore),
                )
              : 'skipped',
            p.lighthouse ? `${p.lighthouse.lcpMs} ms${mark(p.lighthouse.lcpMs <= b.lcpMs)}` : '',
          ],
    ),
  ]),
);
const measured = report.pages.filter((p) => p.lighthouse);
if (measured.length)
  console.log(
    `\nLighthouse: median of ${LIGHTHOUSE_RUNS} runs in one Chrome, after a first run that is not counted. ` +
      `That first run, in a fresh Chrome, scored performance ` +
      measured.map((p) => `${p.lighthouse.freshChrome.performance} on ${p.path}`).join(', ') +
      '.',
  );
const s = report.search;
console.log(
  `\nSearch: first query, once the index has loaded, ${s.firstMs.toFixed(0)} ms${mark(s.firstMs <= budgets.search.firstQueryMs)} (budget ${budgets.search.firstQueryMs}, median of ${s.firstSamples.length}), ` +
    `warm ${s.warmMs.toFixed(1)} ms${mark(s.warmMs <= budgets.search.warmQueryMs)} (budget ${budgets.search.warmQueryMs}, median of ${s.warmSamples}; ` +
    `slowest ${s.warmSlowest.ms.toFixed(1)} ms, "${s.warmSlowest.query}"), ` +
    `exact code ${s.exactCodeMs.toFixed(1)} ms`,
);
console.log(
  `First query typed the moment search opens, so waiting for the index to load too: ${s.typedAtOnceMs.toFixed(0)} ms (no budget)`,
);
const q = report.searchQuality;
const goals = `goals top-1 ${budgets.search.top1 * 100} %, top-3 ${budgets.search.top3 * 100} %, MRR@10 ${budgets.search.mrr10}`;
console.log(
  `Search evaluation set (${goals}):\n  all       ${formatScores(q.all)}\n  tuned     ${formatScores(q.tuned)}\n` +
    `  held-out  ${formatScores(q.heldOut)}\n  answer time over the set: median ${q.answerMs.toFixed(1)} ms, ` +
    `90th percentile ${q.answerP90Ms.toFixed(1)} ms; not first: ${q.misses.filter((m) => m.rank !== 1).length} ` +
    `(listed in bench-results/latest.json)`,
);
console.log(
  `Build: ${report.build.seconds ?? 'skipped'} s; Pagefind index ${kb(report.build.indexBytes)}; search UI ${kb(report.build.searchUiBytes)} (loaded on first use)`,
);
if (report.scale.length) {
  console.log(`\nBuild and search at scale (cold, this machine: ${availableParallelism()} cores)\n`);
  console.log(
    table([
      [
        'extra pages',
        'pages',
        'seconds',
        'ms/page',
        'floor ratio',
        'CPU s',
        'largest process',
        'index',
        'search: first',
        'fetched (gzip)',
        'warm',
        'slowest warm',
        'exact code',
      ],
      ...report.scale.map((r) => [
        r.extraPages,
        r.pages,
        r.seconds,
        perPageMs(r).toFixed(2),
        `${(r.seconds / r.floorSeconds).toFixed(2)}× (${r.floorSeconds} s)`,
        r.cpuSeconds ?? 'n/a',
        mb(r.peakBytes),
        kb(r.indexBytes),
        `${r.search.firstMs.toFixed(0)} ms`,
        `${kb(r.search.fetched.gzip)} in ${r.search.fetched.requests}`,
        `${r.search.warmMs.toFixed(1)} ms`,
        `${r.search.warmSlowest.ms.toFixed(0)} ms ("${r.search.warmSlowest.query}")`,
        `${r.search.exactCodeMs.toFixed(1)} ms`,
      ]),
    ]),
  );
  console.log(
    '\nfloor: as many pages from the same Markdown files, built by a bare project on the same stack (a\n' +
      'content collection, one route showing their text, no layout or CSS) and indexed by Pagefind on\n' +
      'this machine (scripts/bench/floor.mjs). CPU s: user and system time of the build and the\n' +
      'processes it ran, such as Pagefind; no build can take fewer seconds than its CPU seconds divided\n' +
      'by the cores. Largest process: the highest peak resident memory of any one process of the build.\n' +
      'Search: the first query once the index has loaded, what opening search and asking it fetched,\n' +
      'a warm query (the median, and the slowest of them), and an exact code, on the site of that size.',
  );
}
console.log(
  report.failures.length ? `\nOver budget:\n  ${report.failures.join('\n  ')}` : '\nEvery budget met.',
);

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWrote bench-results/latest.json');
