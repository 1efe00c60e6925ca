/**
 * Each page carries only the classes it uses. Tailwind emits one stylesheet with every utility
 * named anywhere in the sources, and Astro inlines it into every page; this drops, page by page,
 * the rules of `@layer utilities` and `@layer components` whose classes neither the page nor a
 * client script names. Theme and base stay whole. Like Tailwind, it reads class names only as
 * whole words: a script that builds one at run time (`chip-${kind}`) must spell each one out.
 *
 * The CSS is Tailwind's minified output: rules and at-rule blocks, no nesting beyond that.
 */

import { decodeEntities } from '../entities';

interface Item {
  /** Selector or at-rule prelude, trimmed; for a statement (`@layer a,b;`), the whole text. */
  prelude: string;
  /** The text between the braces, or undefined for a statement. */
  body?: string;
}

/** Splits a block's text into its top-level rules, at-rule blocks and statements. */
function items(css: string): Item[] {
  const out: Item[] = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}') {
      if (--depth === 0) {
        out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      const text = css.slice(start, i + 1).trim();
      if (text !== ';') out.push({ prelude: text });
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) out.push({ prelude: rest });
  return out;
}

const join = (list: Item[]) =>
  list.map((item) => (item.body === undefined ? item.prelude : `${item.prelude}{${item.body}}`)).join('');

/** Splits a selector list at its top-level commas (not those inside `:is(…)` or `[…]`). */
function selectorList(prelude: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  out.push(prelude.slice(start));
  return out;
}

/** Removes every `:not(…)`: a class named inside one is one the element must not have. */
function withoutNegations(selector: string): string {
  let out = '';
  for (let i = 0; i < selector.length; i++) {
    if (selector.startsWith(':not(', i) && selector[i - 1] !== '\\') {
      let depth = 0;
      let j = i + 4;
      for (; j < selector.length; j++) {
        if (selector[j] === '\\') j++;
        else if (selector[j] === '(') depth++;
        else if (selector[j] === ')' && --depth === 0) break;
      }
      i = j;
    } else out += selector[i];
  }
  return out;
}

/** CSS escapes undone: `\\:` is `:`, `\\32 ` is `2`. */
const unescape = (name: string) =>
  name.replace(/\\(?:([\da-f]{1,6})\s?|(.))/gi, (_, hex?: string, char?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : char!,
  );

/** The class names a selector requires, as written in HTML (`mt-0.5`, `hover:bg-x`). */
export function selectorClasses(selector: string): string[] {
  return [...withoutNegations(selector).matchAll(/\.((?:\\(?:[\da-f]{1,6}\s?|[^\n\da-f])|[-\w])+)/gi)].map(
    (m) => unescape(m[1]!),
  );
}

function pruneRules(css: string, used: (name: string) => boolean): string {
  const kept: Item[] = [];
  for (const item of items(css)) {
    if (item.body === undefined) kept.push(item);
    else if (item.prelude.startsWith('@')) {
      const body = pruneRules(item.body, used);
      if (body) kept.push({ prelude: item.prelude, body });
    } else {
      // A selector is kept when any class in it is used: `.group:hover .group-hover\:x` stays for `group`.
      const selectors = selectorList(item.prelude).filter((s) => {
        const names = selectorClasses(s);
        return names.length === 0 || names.some(used);
      });
      if (selectors.length) kept.push({ prelude: selectors.join(','), body: item.body });
    }
  }
  return join(kept);
}

/** Layers whose rules are kept only for the classes in use. */
const PRUNED_LAYERS = new Set(['utilities', 'components']);

/** The stylesheet without the utility and component rules whose classes `used` does not know. */
export function pruneStylesheet(css: string, used: (name: string) => boolean): string {
  const walk = (block: string): string =>
    join(
      items(block).map((item) => {
        if (item.body === undefined || !item.prelude.startsWith('@layer')) return item;
        const name = item.prelude.slice('@layer'.length).trim();
        return {
          prelude: item.prelude,
          body: PRUNED_LAYERS.has(name) ? pruneRules(item.body, used) : walk(item.body),
        };
      }),
    );
  return walk(css);
}

/** Every class a prunable rule of the stylesheet could need. */
export function prunableClasses(css: string): Set<string> {
  const names = new Set<string>();
  pruneStylesheet(css, (name) => (names.add(name), true));
  return names;
}

/**
 * The words of an HTML page or a script that could be class names: split at spaces, quotes and angle
 * brackets, with HTML entities decoded (Astro writes `[&_a]:underline` as `[&amp;_a]:underline`).
 */
export function classCandidates(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.split(/[\s"'`<>]+/)) {
    if (word) words.add(word.includes('&') ? decodeEntities(word) : word);
  }
  return words;
}

/** The distinct values of a page's class attributes. */
export function classAttributes(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\sclass="([^"]*)"/g), (m) => m[1]!));
}

/** The text of a page's inline scripts, which may put classes on what they build. */
export function inlineScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g), (m) => m[1]!);
}

/**
 * One stylesheet, trimmed fast for thousands of pages: pages of one template share their class
 * attributes and scripts, so each is read once, and each set of classes in use is trimmed once.
 */
class Stylesheet {
  private readonly names: string[];
  private readonly index: Map<string, number>;
  private readonly classesIn = new Map<string, number[]>();
  private readonly trimmed = new Map<string, string>();

  constructor(private readonly css: string) {
    this.names = [...prunableClasses(css)];
    this.index = new Map(this.names.map((name, i) => [name, i]));
  }

  /** The stylesheet with only the classes that the texts (class attributes, scripts) name. */
  trimFor(texts: Iterable<string>): string {
    const used = new Uint8Array(this.names.length);
    for (const text of texts) {
      let found = this.classesIn.get(text);
      if (!found) {
        found = [...classCandidates(text)].flatMap((word) => this.index.get(word) ?? []);
        this.classesIn.set(text, found);
      }
      for (const i of found) used[i] = 1;
    }
    const key = used.join('');
    let result = this.trimmed.get(key);
    if (result === undefined) {
      result = pruneStylesheet(this.css, (name) => used[this.index.get(name)!] === 1);
      this.trimmed.set(key, result);
    }
    return result;
  }
}

/**
 * Trims a page's stylesheet to the classes the page names in its markup and inline scripts, plus
 * those the site's client scripts (given once) may put on what they build.
 */
export class PageCssTrimmer {
  private readonly sheets = new Map<string, Stylesheet>();

  constructor(private readonly clientScripts: string[]) {}

  /** The stylesheet `css` for a page whose markup is `markup`. */
  trimFor(css: string, markup: string): string {
    let sheet = this.sheets.get(css);
    if (!sheet) this.sheets.set(css, (sheet = new Stylesheet(css)));
    return sheet.trimFor([...classAttributes(markup), ...inlineScripts(markup), ...this.clientScripts]);
  }
}
