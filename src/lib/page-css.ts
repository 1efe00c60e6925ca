/**
 * Each page carries only the classes it uses. Tailwind emits one stylesheet with every utility
 * named anywhere in the sources, and Astro inlines it into every page; this drops, page by page,
 * the rules of `@layer utilities` and `@layer components` whose classes neither the page nor a
 * script it loads names. Theme and base stay whole. Like Tailwind, it reads class names only as
 * whole words: a script that builds one at run time (`chip-${kind}`) must spell each one out.
 *
 * The CSS is Tailwind's minified output: rules and at-rule blocks, no nesting beyond that.
 */

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
  name.replace(/\\(?:([0-9a-fA-F]{1,6})\s?|(.))/g, (_, hex?: string, char?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : char!,
  );

/** The class names a selector requires, as written in HTML (`mt-0.5`, `hover:bg-x`). */
export function selectorClasses(selector: string): string[] {
  return [...withoutNegations(selector).matchAll(/\.((?:\\[0-9a-fA-F]{1,6}\s?|\\[^\n]|[-\w])+)/g)].map((m) =>
    unescape(m[1]!),
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * The words of an HTML page or a script that could be class names: split at spaces, quotes and angle
 * brackets, with HTML entities decoded (Astro writes `[&_a]:underline` as `[&amp;_a]:underline`).
 */
export function classCandidates(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.split(/[\s"'`<>]+/)) {
    if (word)
      words.add(
        word.includes('&')
          ? word.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!)
          : word,
      );
  }
  return words;
}
