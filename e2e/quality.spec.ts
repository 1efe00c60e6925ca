/**
 * SPEC §6 as checks over the built site. Pages come from the build's route manifest, so every new
 * template and page is covered without editing this file. Each check is also run against a broken
 * fixture to prove that it can fail.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { findBrokenLinks } from '../src/lib/html/link-check';
import { readBuiltFiles, readBuiltPages } from '../src/integrations/link-check';
import { runPagefind, UNUSED_PAGEFIND_FILE, WORD_OPTIONS } from '../src/integrations/pagefind';
import { indexedPages } from '../src/lib/search/whole-index';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  axeViolations,
  clippedPlaceholders,
  drawWholePage,
  faintPrintedText,
  foreignRequests,
  HOSTILE_VALUES,
  hostileInputProblems,
  noJavaScriptProblems,
  rawMarkdown,
  sidewaysTables,
  unanchoredRows,
  unframedTables,
  unseenWords,
} from './support/checks';
import {
  distDir,
  htmlFiles,
  indexedText,
  onePagePerTemplate,
  pagesWithEachTable,
  siteOrigin,
} from './support/built-site';

const templates = onePagePerTemplate();
/**
 * The page holding the most of each kind of table, where its template's sample has none: each kind
 * is markup of its own (row headers, groups of rows, neighbouring cells whose words may glue).
 */
const templatePaths = new Set(templates.map((t) => t.path));
const tablePagesBeyondTemplates = pagesWithEachTable().filter((path) => !templatePaths.has(path));
/** Templates whose pages are documentation content (everything but the 404 page). */
const contentTemplates = templates.filter((t) => t.route !== '/404');

/** The viewports of the checks run on a page shared across tests (fixtures.ts), set by each. */
const desktop = { width: 1280, height: 720 };
const phone = { width: 360, height: 740 };

/** A broken page served at /__fixture__/ for the checks' own tests. */
async function serveFixture(page: Page, html: string) {
  await page.route('**/__fixture__/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en">${html}</html>` }),
  );
  await page.goto('/__fixture__/');
}

/**
 * The files by which the index `built` differs from the one Pagefind makes of `site`'s whole pages
 * (src/integrations/pagefind.ts has it read only each page's <main>).
 */
async function unlikeWholePagesIndex(site: string, built: string): Promise<string[]> {
  const whole = mkdtempSync(join(tmpdir(), 'whole-pages-index-'));
  try {
    await runPagefind(site, whole, WORD_OPTIONS);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !UNUSED_PAGEFIND_FILE.test(entry.name))
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
    const [ours, theirs] = [new Set(files(built)), new Set(files(whole))];
    return [...new Set([...ours, ...theirs])]
      .filter(
        (file) =>
          !ours.has(file) ||
          !theirs.has(file) ||
          !readFileSync(join(built, file)).equals(readFileSync(join(whole, file))),
      )
      .sort();
  } finally {
    rmSync(whole, { recursive: true, force: true });
  }
}

test.describe('links', () => {
  // The build stops on a broken link (src/integrations/link-check.ts); this checks the build under
  // test with the same code.
  test('every internal link and #fragment in the build resolves', async () => {
    const [pages, files] = await Promise.all([readBuiltPages(distDir), readBuiltFiles(distDir)]);
    expect(pages.size).toBeGreaterThan(5);
    expect(findBrokenLinks(pages, files, siteOrigin())).toEqual([]);
  });
});

test.describe('HTML validity', () => {
  // Reads .htmlvalidate.json like the CLI does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  test('every built page validates', async () => {
    const errors: string[] = [];
    for (const file of htmlFiles().filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results) {
        for (const m of result.messages)
          errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  test('the validator rejects a broken page', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"><p id="a"><div></span></body></html>',
      join(distDir, '__fixture__.html'),
    );
    expect(report.valid).toBe(false);
  });
});

test.describe('content Markdown', () => {
  test('no built page shows Markdown as text, in its body or its meta descriptions', () => {
    const found = htmlFiles()
      .filter((f) => f.endsWith('.html'))
      .flatMap((file) => rawMarkdown(readFileSync(join(distDir, file), 'utf8')).map((t) => `${file}: ${t}`));
    expect(found).toEqual([]);
  });

  test('the check catches code ticks, a link and bold left as text', () => {
    expect(rawMarkdown('<p>An `errors` array</p>')).toHaveLength(1);
    expect(rawMarkdown('<meta name="description" content="See [401](/rest/401/).">')).toHaveLength(1);
    expect(rawMarkdown('<td>**Always** retry</td>')).toHaveLength(1);
    expect(rawMarkdown('<p>An <code>errors</code> array</p><pre>`x` [a](/b)</pre>')).toEqual([]);
  });
});

test.describe('search index', () => {
  const indexed = indexedText();

  // One page of every template, and the pages of tables they lack: adjacent table cells are where
  // words would run together in the index ("429Too").
  const checked = new Map([
    ...templates.map((t) => [t.path, t.route] as const),
    ...tablePagesBeyondTemplates.map((path) => [path, path] as const),
  ]);
  for (const [path, name] of [...checked].filter(([path]) => indexed.has(path))) {
    // The index is built from the static HTML, so the page is read as it is without JavaScript.
    test(`${name}: every indexed word is a word the reader sees, none glued to the next`, async ({
      sharedNoScriptPage: page,
    }) => {
      await page.setViewportSize(desktop);
      await page.goto(path);
      await drawWholePage(page);
      const seen = await page
        .locator('[data-pagefind-body]')
        .evaluate((body) => (body as HTMLElement).innerText);
      expect(unseenWords(indexed.get(path)!, seen)).toEqual([]);
    });
  }

  test('is whole on disk: its entry file counts every page it holds', () => {
    // Search cannot start from an empty entry file (src/integrations/pagefind.ts writes it).
    const entry: unknown = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(indexed.size).toBeGreaterThan(0);
    expect(indexedPages(entry)).toBe(indexed.size);
  });

  test('is the index Pagefind makes from the whole pages: reading only their <main> leaves nothing out', async () => {
    expect(await unlikeWholePagesIndex(distDir, join(distDir, 'pagefind'))).toEqual([]);
  });

  test('the check catches a page whose searchable part is outside its <main>', async () => {
    const site = mkdtempSync(join(tmpdir(), 'outside-main-'));
    try {
      const page = (name: string, body: string) => {
        mkdirSync(join(site, name));
        writeFileSync(
          join(site, name, 'index.html'),
          `<!doctype html><html lang="en"><head><title>${name}</title></head><body>${body}</body></html>`,
        );
      };
      page('inside', '<main><article data-pagefind-body><h1>Inside</h1><p>Rate limits.</p></article></main>');
      page('outside', '<main></main><article data-pagefind-body><h1>Outside</h1><p>Retries.</p></article>');
      await runPagefind(site, join(site, 'pagefind'));
      expect(await unlikeWholePagesIndex(site, join(site, 'pagefind'))).not.toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  test('ships only what search loads: no ready-made Pagefind interface beside it', () => {
    const loaded = /^(?:pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind)$/;
    const files = readdirSync(join(distDir, 'pagefind'), { withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((file) => file.name).filter((name) => !loaded.test(name))).toEqual([]);
    expect(files.map((file) => file.name)).toContain('pagefind.js');
  });

  test('the check catches words glued across a table header row', () => {
    expect(unseenWords('CodeLabel and meaning', 'Code\tLabel and meaning')).toEqual(['codelabel']);
    expect(unseenWords('Code Label and meaning.', 'Code\tLabel and meaning')).toEqual([]);
  });
});

test.describe('tables', () => {
  test('every table in the build is a reference table in a frame that scrolls sideways', () => {
    const found = htmlFiles()
      .filter((f) => f.endsWith('.html'))
      .flatMap((file) =>
        unframedTables(readFileSync(join(distDir, file), 'utf8')).map((t) => `${file}: ${t}`),
      );
    expect(found).toEqual([]);
  });

  test('every row of every documentation table has its own anchor', () => {
    // The tools' tables explain what a reader pasted: they are answers, not pages to link into.
    const found = htmlFiles()
      .filter((f) => f.endsWith('.html') && !f.startsWith('tools/'))
      .flatMap((file) =>
        unanchoredRows(readFileSync(join(distDir, file), 'utf8')).map((row) => `${file}: ${row}`),
      );
    expect(found).toEqual([]);
  });

  test('the check catches a row with nothing to link to', () => {
    expect(
      unanchoredRows(
        '<table><tbody><tr><td id="row-a">A</td></tr><tr><td>B <b>b</b></td></tr></tbody></table>',
      ),
    ).toEqual(['B b']);
  });

  test('the check catches a bare Markdown table and an unframed one', () => {
    expect(unframedTables('<p>x</p><table><tr><td>1</td></tr></table>')).toEqual(['<table>']);
    expect(unframedTables('<div class="my-6"><table class="data-table"></table></div>')).toHaveLength(1);
    expect(
      unframedTables('<div class="overflow-x-auto" tabindex="0"><table class="data-table"></table></div>'),
    ).toEqual([]);
  });

  // A phone, where wide tables stack, and the narrowest column the desktop layout gives the text
  // (1024 px: the site menu is shown, the table of contents not yet).
  for (const width of [360, 1024]) {
    test(`no table needs a sideways scroll at ${width} px, on the page that holds the most of it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 740 });
      const pages = pagesWithEachTable();
      expect(pages.length).toBeGreaterThan(0);
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        found.push(...(await sidewaysTables(page)).map((table) => `${path}: ${table}`));
      }
      expect(found).toEqual([]);
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the check catches a table that a phone shows only in part', async ({ page }) => {
      const row = (text: string) => `<tr><td>${text}</td><td>${text}</td><td>${text}</td></tr>`;
      await serveFixture(
        page,
        '<body><div style="overflow-x:auto"><table><caption>Wide</caption>' +
          `${row('<code style="white-space:nowrap">attribute:not_in=csv,list of values</code>')}</table></div>` +
          `<div style="overflow-x:auto"><table><caption>Narrow</caption>${row('1')}</table></div></body>`,
      );
      const found = await sidewaysTables(page);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^"Wide" is \d+ px wide in \d+ px$/);
    });
  });
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const { route, path } of templates) {
      test(`${route} in ${colorScheme} has no violations`, async ({ sharedPage: page }) => {
        await page.setViewportSize(desktop);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  for (const { route, path } of templates) {
    test(`${route} at 360 px has no violations, menu closed and open`, async ({ sharedPage: page }) => {
      await page.setViewportSize(phone);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
      // Open, the menu covers the page checked just above: the second pass checks the menu.
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await axeViolations(page, '#site-nav')).toEqual([]);
    });
  }

  for (const path of tablePagesBeyondTemplates) {
    test(`${path}, for its tables, in light and dark has no violations`, async ({ sharedPage: page }) => {
      await page.setViewportSize(desktop);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });
  }

  // With no language chosen on the root, as without JavaScript, every language of a request shows
  // at once: axe measures each token color. One page of each template that has such a request
  // (e2e/code-samples.spec.ts checks that the pages which should have one do).
  const pagesWithRequests = templates
    .map((t) => t.path)
    .map((path) => ({ path, file: join(distDir, path, 'index.html') }))
    .filter(({ file }) => existsSync(file) && readFileSync(file, 'utf8').includes('data-lang="ruby"'))
    .map(({ path }) => path);
  for (const path of pagesWithRequests)
    for (const colorScheme of ['light', 'dark'] as const)
      test(`${path}: its code samples in every language, in ${colorScheme}, have no violations`, async ({
        sharedPage: page,
      }) => {
        await page.setViewportSize(desktop);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await page.evaluate(() => delete document.documentElement.dataset.codeLang);
        await expect(page.getByRole('tabpanel', { name: 'Ruby' }).first()).toBeVisible();
        expect(await axeViolations(page, '.code-block')).toEqual([]);
      });

  test('axe reports a page with violations', async ({ page }) => {
    await serveFixture(
      page,
      '<body><img src="/favicon.svg"><p style="color:#eee;background:#fff">faint</p></body>',
    );
    expect(await axeViolations(page)).not.toEqual([]);
  });
});

test.describe('form fields', () => {
  for (const width of [360, 1280]) {
    test(`every placeholder fits its field at ${width} px, the search dialog's too`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const clipped: string[] = [];
      for (const { route, path } of templates) {
        await page.goto(path);
        clipped.push(...(await clippedPlaceholders(page)).map((field) => `${route} ${field}`));
      }
      await page.keyboard.press('/');
      await page.waitForSelector('dialog[open] input');
      clipped.push(...(await clippedPlaceholders(page)).map((field) => `search dialog ${field}`));
      expect(clipped).toEqual([]);
    });
  }

  test('the check catches a placeholder cut off by its field', async ({ page }) => {
    await serveFixture(
      page,
      '<body><input id="narrow" style="width:80px" placeholder="Type a status code such as 429">' +
        '<input id="wide" style="width:400px" placeholder="e.g. 429"></body>',
    );
    const clipped = await clippedPlaceholders(page);
    expect(clipped).toHaveLength(1);
    expect(clipped[0]).toMatch(/^#narrow: "Type a status code such as 429" needs \d+ px, has \d+$/);
  });
});

test.describe('print', () => {
  test('every template prints dark text for white paper, from the dark theme too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const faint: string[] = [];
    for (const { route, path } of templates) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      faint.push(...(await faintPrintedText(page)).map((text) => `${route}: ${text}`));
    }
    expect(faint).toEqual([]);
  });

  test('the check catches text too light for paper, unless its background prints too', async ({ page }) => {
    const onAccent = 'background:#1d4ed8;color:#fff';
    await serveFixture(
      page,
      `<body><p style="color:#c8c8c8">faint</p><p>dark</p><p style="${onAccent}">lost</p>` +
        `<p style="${onAccent};print-color-adjust:exact">kept</p></body>`,
    );
    expect(await faintPrintedText(page)).toEqual([
      '"faint" in rgb(200, 200, 200)',
      '"lost" in rgb(255, 255, 255)',
    ]);
  });
});

test.describe('privacy: nothing is fetched from another origin', () => {
  for (const { route, path } of templates) {
    test(`${route} loads only from its own origin`, async ({ sharedPage: page, siteUrl }) => {
      await page.setViewportSize(desktop);
      expect(await foreignRequests(page, siteUrl, path)).toEqual([]);
    });
  }

  test('the check catches a page that loads a third-party resource', async ({ page, siteUrl }) => {
    await page.route('**/__fixture__/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>x</title><img alt="" src="https://cdn.example.com/pixel.png">',
      }),
    );
    expect(await foreignRequests(page, siteUrl, '/__fixture__/')).toEqual([
      'https://cdn.example.com/pixel.png',
    ]);
  });
});

test.describe('without JavaScript', () => {
  for (const { route, path } of contentTemplates) {
    test(`${route} shows its content, tables and navigation`, async ({ sharedNoScriptPage: page }) => {
      await page.setViewportSize(desktop);
      expect(await noJavaScriptProblems(page, path)).toEqual([]);
    });
  }

  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test('the check catches a page that needs JavaScript to show its content', async ({ page }) => {
      await page.route('**/__fixture__/', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>x</title><main id="app"></main><script>app.innerHTML="<h1>Hi</h1>"</script>',
        }),
      );
      expect(await noJavaScriptProblems(page, '/__fixture__/')).not.toEqual([]);
    });
  });
});

test.describe('hostile input in the query string and hash', () => {
  for (const { route, path } of templates) {
    test(`${route} treats it as text`, async ({ sharedPage: page }) => {
      await page.setViewportSize(desktop);
      for (const value of HOSTILE_VALUES) {
        expect(
          await hostileInputProblems(page, path, value),
          `${value.slice(0, 40)}… (${value.length} characters)`,
        ).toEqual([]);
      }
    });
  }

  test('the check catches a page that renders the query as HTML', async ({ page }) => {
    await page.route('**/__fixture__/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>x</title><div id="out"></div><script>out.innerHTML=decodeURIComponent(location.search)</script>',
      }),
    );
    const problems = await hostileInputProblems(page, '/__fixture__/', HOSTILE_VALUES[1]!);
    expect(problems).toContain('injected script ran');
  });

  test('the check reports a request the server refused, which leaves no page to test', async ({ page }) => {
    await page.route('**/__fixture__/**', (route) =>
      route.fulfill({ status: 431, contentType: 'text/plain', body: 'Request Header Fields Too Large' }),
    );
    const problems = await hostileInputProblems(page, '/__fixture__/', HOSTILE_VALUES[4]!);
    expect(problems).toContain('the server answered 431');
  });
});
