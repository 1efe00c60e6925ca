/**
 * The quality checks as functions that return what they found, so each spec can run them over the
 * real pages and also prove them against a deliberately broken fixture.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page, Route } from '@playwright/test';

/** WCAG 2.x A and AA rules, up to 2.2. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Draws the whole open page. Sections below the fold are drawn only as they near the viewport
 * (content-visibility: auto), and what is not drawn has no size, colour or innerText: a check that
 * measures or reads the page sees it all after this, as a reader scrolling down would.
 */
export async function drawWholePage(page: Page): Promise<void> {
  // Not addStyleTag(): it waits for the style's load event, which never comes with JavaScript off.
  // Nor a <style> element: the page's policy refuses any but its own. A constructed stylesheet is
  // the CSSOM's, which the policy does not govern.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** axe's findings on the open page, or on the part of it that `include` selects. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Drawn first: axe measures contrast only on what has been drawn.
  await drawWholePage(page);
  // AxeBuilder evaluates axe-core's 600 KB source twice on each run (0.3 to 1 s each here): it goes
  // into each document once instead, and AxeBuilder runs the axe already there.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Legacy mode runs axe once in the page. The default runs it per frame and merges the results in
  // a new blank page, for cross-origin frames, which these pages do not have: 3.2 s a run against 1.9.
  const builder = new AxeBuilder({ page, axeSource: ';' })
    .setLegacyMode()
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Opens a path and returns every request that left `origin` (blocked, so none is made). */
export async function foreignRequests(page: Page, origin: string, path: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', (route: Route) => {
    const url = route.request().url();
    // fallback(), not continue(): other handlers (a test's fixture page) still get their turn.
    if (/^(?:data|blob):/.test(url) || new URL(url).origin === origin) return route.fallback();
    foreign.push(url);
    return route.abort();
  });
  try {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  } finally {
    // The page may go on to other tests (fixtures.ts: sharedPage).
    await page.unroute('**/*');
  }
  return foreign;
}

/** With JavaScript off: what a content page fails to show (heading, main text, navigation, tables). */
export async function noJavaScriptProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.goto(path);
  if ((await page.locator('h1').count()) !== 1 || !(await page.locator('h1').isVisible())) {
    problems.push('no visible h1');
  }
  const text = (await page.locator('main').textContent()) ?? '';
  if (text.trim().length < 200) problems.push(`main holds only ${text.trim().length} characters of text`);
  if ((await page.locator('nav[aria-label="Site"] a').count()) === 0)
    problems.push('no site navigation links');
  for (const table of await page.locator('main table').all()) {
    if ((await table.locator('tbody tr').count()) === 0) problems.push('a table without rows');
  }
  return problems;
}

/**
 * Tables of a built page that are not drawn as reference tables: each needs the `data-table` class
 * and a parent frame that scrolls sideways (`overflow-x-auto`) and takes keyboard focus.
 */
export function unframedTables(html: string): string[] {
  return Array.from(html.matchAll(/<table\b[^>]*>/g)).flatMap((match) => {
    const parent = /<div\b[^<>]*>\s*$/.exec(html.slice(0, match.index))?.[0] ?? '';
    const framed = /class="[^"]*\boverflow-x-auto\b/.test(parent) && /\stabindex="0"/.test(parent);
    return /class="[^"]*\bdata-table\b/.test(match[0]) && framed ? [] : [match[0]];
  });
}

/**
 * Body rows of a built page's tables that nothing in the row anchors: every table row has its own
 * address (SPEC §1, deep links). Returns each such row's first words.
 */
export function unanchoredRows(html: string): string[] {
  return Array.from(html.matchAll(/<tbody\b[^>]*>([\s\S]*?)<\/tbody>/g)).flatMap(([, body]) =>
    Array.from(body!.matchAll(/<tr\b[\s\S]*?<\/tr>/g))
      .map(([row]) => row)
      .filter((row) => !/\sid="[^"]+"/.test(row))
      .map((row) =>
        row
          .replace(/<[^<>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 40),
      ),
  );
}

/**
 * Tables on the open page whose frame scrolls sideways, with the frame's width and the table's: a
 * column off-screen goes unread. On a phone, a wide table stacks instead (lib/html/data-table.ts).
 */
export async function sidewaysTables(page: Page): Promise<string[]> {
  return page.locator('table').evaluateAll((tables) =>
    tables.flatMap((table) => {
      const frame = table.parentElement!;
      const caption = table.querySelector('caption')?.textContent?.trim() ?? 'table';
      return frame.scrollWidth > frame.clientWidth + 1
        ? [`"${caption}" is ${frame.scrollWidth} px wide in ${frame.clientWidth} px`]
        : [];
    }),
  );
}

/**
 * Markdown that reached a built page as text instead of markup: code spans (`x`), links
 * ([text](/path)) or bold (**x**) in the page's text or its meta descriptions. Code and pre
 * elements, scripts and styles may hold such characters and are skipped.
 */
export function rawMarkdown(html: string): string[] {
  const MARKDOWN = /`[^`\s][^`]*`|\]\([^)\s]+\)|\*\*\S/;
  const meta = Array.from(html.matchAll(/<meta [^>]*content="([^"]*)"/g), (m) => m[1]!);
  const text = html
    .replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, ' ')
    .split(/<[^<>]*>/)
    .map((t) => t.trim());
  return [...meta, ...text].filter((t) => MARKDOWN.test(t));
}

/** The lower-case words of a text, split at whitespace as the indexer splits, end punctuation dropped. */
const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/^[^\p{L}\p{N}_]+|(?<![^\p{L}\p{N}_])[^\p{L}\p{N}_]+$/gu, ''))
      .filter(Boolean),
  );

/**
 * Words the search index holds that the reader never sees: text of neighbouring elements that the
 * indexer glued into one word ("codelabel"), or text that is not shown at all.
 */
export function unseenWords(indexed: string, seen: string): string[] {
  const visible = wordsOf(seen);
  return [...wordsOf(indexed)].filter((word) => !visible.has(word));
}

export const HOSTILE_VALUES = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1//\'"',
  '\u202E\u200B\u0000𝕏🙂'.repeat(50),
  'A'.repeat(10_000),
];

/** Query parameters that some page reads (search, inspector, query builder, search arrival). */
export const QUERY_PARAMETERS = ['q', 'code', 'url', 'hl'];

/** The URL that puts one hostile value in every parameter a page reads, and in the hash. */
export function hostileUrl(path: string, value: string): string {
  const encoded = encodeURIComponent(value);
  return `${path}?${QUERY_PARAMETERS.map((name) => `${name}=${encoded}`).join('&')}#${encoded}`;
}

/**
 * Opens a path with a hostile value in its query string and hash; returns signs that the input ran
 * (a dialog, window.__pwned, an injected element) or froze the page.
 */
export async function hostileInputProblems(page: Page, path: string, value: string): Promise<string[]> {
  const problems: string[] = [];
  const onDialog = (dialog: import('@playwright/test').Dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  try {
    // A refused request (431 for a request line too long) would show no page, and so nothing to run.
    // 404 is the answer of the not-found page, which is one of the pages under test.
    const status = (await page.goto(hostileUrl(path, value)))?.status() ?? 0;
    if (status >= 400 && status !== 404) problems.push(`the server answered ${status}`);
    const ran = await Promise.race([
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned === 1),
      new Promise<'frozen'>((resolve) => setTimeout(() => resolve('frozen'), 5_000)),
    ]);
    if (ran === 'frozen') problems.push('the page stopped answering');
    else if (ran) problems.push('injected script ran');
    if ((await page.locator('img[src="x"]').count()) > 0)
      problems.push('injected markup was rendered as HTML');
  } finally {
    page.off('dialog', onDialog);
  }
  return problems;
}

/**
 * Printed, the open page's text that would be faint on paper. Printers leave out backgrounds unless
 * an element asks to keep its own (`print-color-adjust: exact`), so each text colour needs 4.5:1
 * contrast against white or that kept background, whatever theme was on screen. Returns the faint
 * texts with their colours.
 */
export async function faintPrintedText(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    // The canvas turns any CSS colour (hex, rgb, light-dark, oklch) into sRGB bytes.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const paint = (...colors: string[]) => {
      for (const color of ['#fff', ...colors]) {
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
      }
      return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) =>
        v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
      );
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05;
    };
    const contrast = (a: number[], b: number[]) =>
      Math.max(luminance(a), luminance(b)) / Math.min(luminance(a), luminance(b));
    /** The background that reaches paper behind an element: the nearest one kept, else white. */
    const paper = (element: Element | null): string[] => {
      for (let e = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.printColorAdjust === 'exact' && style.backgroundColor !== 'rgba(0, 0, 0, 0)')
          return [style.backgroundColor];
      }
      return [];
    };
    const faint = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim();
      if (!element || !text) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Not drawn: hidden, or visually hidden for screen readers (a 1 px clipped box).
      if (box.width <= 1 || box.height <= 1 || style.visibility !== 'visible') continue;
      const kept = paper(element);
      const background = paint(...kept);
      const ink = paint(...kept, style.color);
      if (contrast(ink, background) < 4.5) faint.add(`"${text.slice(0, 40)}" in rgb(${ink.join(', ')})`);
    }
    return [...faint];
  });
}

/**
 * Placeholders cut off by their field: a hint that ends mid-word ("Type a status code s") reads as
 * broken. Measures each visible one-line field's placeholder in the field's own font.
 */
export async function clippedPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    return [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')]
      .filter((field) => field.placeholder && field.getClientRects().length > 0)
      .flatMap((field) => {
        const style = getComputedStyle(field);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const needed = context.measureText(field.placeholder).width;
        return needed > room
          ? [
              `#${field.id || field.name}: "${field.placeholder}" needs ${Math.ceil(needed)} px, has ${Math.floor(room)}`,
            ]
          : [];
      });
  });
}
