/**
 * Pagefind excerpts are HTML with <mark> around matches. They are split into plain text segments
 * here, so the page builds them with text nodes and never parses HTML from the index.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    // `[^<>]`: a `<` that never closes costs one scan, not one per `<`.
    else if (part) segments.push({ text: decodeEntities(part.replace(/<[^<>]*>/g, '')), mark });
  }
  return segments;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An excerpt without the title it starts with. Pagefind's excerpt begins at the heading when the
 * match is near it, and it ends a heading with a full stop, so a result repeated its title on the
 * line below ("How to fix it / How to fix it. Create a new token…"). Only a title followed by its
 * stop is dropped: a sentence that merely starts with the same words stays whole.
 */
export function withoutLeadingTitle(segments: Segment[], title: string): Segment[] {
  const trimmed = title.trim();
  if (!trimmed) return segments;
  const words = trimmed.split(/\s+/).map(escapeRegExp).join('\\s+');
  const stop = /[.:?!]$/.test(trimmed) ? '' : '[.:]';
  const lead = new RegExp(`^\\s*${words}${stop}\\s+(?=\\S)`, 'i').exec(segments.map((s) => s.text).join(''));
  if (!lead) return segments;
  let skip = lead[0].length;
  const rest: Segment[] = [];
  for (const segment of segments) {
    if (skip >= segment.text.length) skip -= segment.text.length;
    else {
      rest.push(skip ? { ...segment, text: segment.text.slice(skip) } : segment);
      skip = 0;
    }
  }
  return rest;
}

/** A word as compared for marking: lower case, without the punctuation around it. */
const bare = (word: string) =>
  word.toLowerCase().replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, '');

/** Plain text with the words the reader searched for marked, as Pagefind marks its excerpts. */
export function markedSegments(text: string, terms: string[]): Segment[] {
  const wanted = new Set(terms.map(bare).filter(Boolean));
  const segments: Segment[] = [];
  for (const part of text.split(/(\s+)/)) {
    if (!part) continue;
    const mark = wanted.has(bare(part));
    const last = segments.at(-1);
    if (last?.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  }
  return segments;
}

/**
 * Inline Markdown as the plain text it reads as: code spans without their backticks, links as their
 * text, bold and italics without their asterisks. Search shows a code's summary this way, as text
 * nodes, in the browser: lib/markdown.ts's plainText does the same at build time with the page's
 * Markdown parser, which the search bundle must not carry.
 */
export function inlineText(markdown: string): string {
  return markdown
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? part.slice(1, -1)
        : part
            .replace(/\[([^[\]]*)\]\([^)[]*\)/g, '$1')
            .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
            .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1'),
    )
    .join('');
}
