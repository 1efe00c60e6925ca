/**
 * Internal link and anchor checking over built HTML: every href, src and action that stays on the
 * site must name a built page or file, and every #fragment an element id on that page. The build
 * runs it over every page (integrations/link-check.ts), so it reads pages with a scanner of its
 * own: a general HTML parser spent seconds on the 5,000-page benchmark build, where this reads
 * only tags, and of those only ids and link attributes.
 */
import { decodeHTMLAttribute } from 'entities';
import { counted } from '../text/plural';

export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** The attribute that holds each element's link. */
const LINK_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  script: 'src',
  source: 'src',
  iframe: 'src',
  form: 'action',
};

/** Elements whose content is text, never tags: a script's `'<a href="…">'` is not a link. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const LT = 0x3c; // <
const GT = 0x3e; // >
const BANG = 0x21; // !
const SLASH = 0x2f; // /
const EQUALS = 0x3d; // =
const DASH = 0x2d; // -
const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
/** What ends a tag or attribute name: white space (and other control characters), `/`, `=`, `>`. */
const endsName = (c: number) => c <= 32 || c === SLASH || c === EQUALS || c === GT;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Bytes `start` to `end` as lower-case ASCII (tag and attribute names). */
function lowerAscii(bytes: Uint8Array, start: number, end: number): string {
  let name = '';
  for (let k = start; k < end; k++) name += String.fromCharCode(bytes[k]! | (isLetter(bytes[k]!) ? 0x20 : 0));
  return name;
}

/** Where `</tag` next starts from `from`, in any case; -1 when it does not. */
function findEndTag(bytes: Uint8Array, tag: string, from: number): number {
  for (let k = bytes.indexOf(LT, from); k !== -1; k = bytes.indexOf(LT, k + 1)) {
    if (bytes[k + 1] === SLASH && lowerAscii(bytes, k + 2, k + 2 + tag.length) === tag) return k;
  }
  return -1;
}

/**
 * Collects the ids and the outgoing links of one HTML page. The page is read as bytes, as it is on
 * disk: only the few attribute values kept become strings, and none holds on to the page's text.
 */
export function extractLinks(html: string | Uint8Array): PageLinks {
  // A plain view: a Node Buffer's own indexOf costs more per call, and it is called per tag.
  const bytes =
    typeof html === 'string'
      ? encoder.encode(html)
      : new Uint8Array(html.buffer, html.byteOffset, html.length);
  const ids = new Set<string>();
  const links: string[] = [];
  const end = bytes.length;
  const text = (start: number, stop: number) => {
    let ascii = true;
    for (let k = start; k < stop && ascii; k++) ascii = bytes[k]! < 0x80;
    const part = bytes.subarray(start, stop);
    const value = ascii ? String.fromCharCode.apply(null, part as unknown as number[]) : decoder.decode(part);
    return value.includes('&') ? decodeHTMLAttribute(value) : value;
  };
  let i = bytes.indexOf(LT);
  while (i !== -1) {
    const next = bytes[i + 1] ?? 0;
    if (next === BANG) {
      // A comment ends at the next -->, a doctype at the next >.
      const comment = bytes[i + 2] === DASH && bytes[i + 3] === DASH;
      let close = bytes.indexOf(GT, comment ? i + 4 : i);
      while (comment && close !== -1 && !(bytes[close - 1] === DASH && bytes[close - 2] === DASH))
        close = bytes.indexOf(GT, close + 1);
      i = close === -1 ? -1 : bytes.indexOf(LT, close + 1);
      continue;
    }
    if (!isLetter(next)) {
      i = bytes.indexOf(LT, i + 1);
      continue;
    }
    let j = i + 2;
    while (j < end && !endsName(bytes[j]!)) j++;
    // Names longer than `textarea` are of no element the check reads.
    const tag = j - i - 1 <= 8 ? lowerAscii(bytes, i + 1, j) : '';
    const linkAttribute = LINK_ATTRIBUTES[tag];
    // Attributes, up to the tag's `>`: a name, then maybe `=` and a value, quoted or not.
    while (j < end && bytes[j] !== GT) {
      if (isSpace(bytes[j]!) || bytes[j] === SLASH) {
        j++;
        continue;
      }
      const nameStart = j;
      while (j < end && !endsName(bytes[j]!)) j++;
      if (j === nameStart) {
        j++; // a stray `=`
        continue;
      }
      // Only short names matter (id, name, href, src, action): long ones are not even read.
      const name = j - nameStart <= 6 ? lowerAscii(bytes, nameStart, j) : '';
      const kind =
        name === linkAttribute
          ? 'link'
          : name === 'id' || (name === 'name' && tag === 'a')
            ? 'id'
            : undefined;
      while (j < end && isSpace(bytes[j]!)) j++;
      let value = '';
      if (bytes[j] === EQUALS) {
        j++;
        while (j < end && isSpace(bytes[j]!)) j++;
        const quote = bytes[j];
        if (quote === QUOTE || quote === APOSTROPHE) {
          const close = bytes.indexOf(quote, j + 1);
          const valueEnd = close === -1 ? end : close;
          if (kind) value = text(j + 1, valueEnd);
          j = valueEnd + 1;
        } else {
          const valueStart = j;
          while (j < end && !isSpace(bytes[j]!) && bytes[j] !== GT) j++;
          if (kind) value = text(valueStart, j);
        }
      }
      if (kind === 'link') links.push(value);
      else if (kind === 'id' && value) ids.add(value);
    }
    i = RAW_TEXT.has(tag) ? findEndTag(bytes, tag, j + 1) : bytes.indexOf(LT, j + 1);
  }
  return { ids, links };
}

/** Links that lead off the site or to no page, which the check leaves alone. */
const NOT_A_PAGE = /^(?:mailto|tel|javascript|data):/i;

/**
 * Checks links against the built site. `pages` maps the URL path of each HTML page (`/rest/429/`,
 * `/404.html`) to its ids and links; `files` holds the URL paths of everything else (`/favicon.svg`).
 * `origin` is the site's canonical origin: absolute links to it count as internal.
 */
export function findBrokenLinks(
  pages: Map<string, PageLinks>,
  files: Set<string>,
  origin: string,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const site = new URL(origin);

  /** Why `href`, on `page`, leads nowhere; undefined when it resolves or leaves the site. */
  const check = (page: string, href: string): string | undefined => {
    const trimmed = href.trim();
    if (trimmed === '' || trimmed === '#' || NOT_A_PAGE.test(trimmed)) return undefined;
    let url: URL;
    try {
      url = new URL(trimmed, new URL(page, site));
    } catch {
      return 'not a valid URL';
    }
    if (url.origin !== site.origin) return undefined;
    const target = pages.get(url.pathname);
    if (!target) return files.has(url.pathname) ? undefined : `no page or file at ${url.pathname}`;
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `"${url.hash}" is not a valid fragment`;
    }
    return fragment && !target.ids.has(fragment)
      ? `no element with id "${fragment}" on ${url.pathname}`
      : undefined;
  };

  // Most links are the same on many pages (the navigation): one whose meaning does not depend on
  // the page it is on (`/rest/429/#retry`, `https://…`) is checked once.
  const verdicts = new Map<string, string | undefined>();
  for (const [page, { links }] of pages) {
    for (const href of links) {
      let reason: string | undefined;
      if (href.startsWith('/') || /^[a-z][\w+.-]*:/i.test(href)) {
        if (verdicts.has(href)) reason = verdicts.get(href);
        else verdicts.set(href, (reason = check(page, href)));
      } else reason = check(page, href);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

/** The URL path a built file is served at: dist/rest/429/index.html → /rest/429/. */
export function servedPath(relativeFile: string): string {
  const path = `/${relativeFile.replace(/\\/g, '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** `a`, `a and b`, `a, b and c`, or the first `max` and how many more. */
function listed(items: string[], max = 3): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/**
 * One line per broken link, however many pages hold it: the content files those pages show (from
 * `sources`, URL path → file), or the first page where none does, then the link and what is wrong.
 */
export function formatBrokenLinks(broken: BrokenLink[], sources: ReadonlyMap<string, string>): string[] {
  const groups = new Map<string, { href: string; reason: string; pages: string[] }>();
  for (const { page, href, reason } of broken) {
    const key = `${href}\0${reason}`;
    const group = groups.get(key) ?? { href, reason, pages: [] };
    group.pages.push(page);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ href, reason, pages }) => {
    pages.sort();
    const files = [...new Set(pages.flatMap((page) => sources.get(page) ?? []))];
    const where = files.length > 0 ? listed(files) : pages[0]!;
    const on = files.length > 0 || pages.length > 1 ? ` (on ${listed(pages)})` : '';
    return `${where} → link "${href}": ${reason}${on}`;
  });
}

/** Thrown when the built site has broken links; the build stops with every one listed. */
export class BrokenLinksError extends Error {
  constructor(
    readonly broken: BrokenLink[],
    sources: ReadonlyMap<string, string>,
  ) {
    const lines = formatBrokenLinks(broken, sources);
    super(
      `Link check failed (${counted(lines.length, 'broken link')}):\n` +
        lines.map((line) => `  - ${line}`).join('\n'),
    );
    this.name = 'BrokenLinksError';
  }
}
