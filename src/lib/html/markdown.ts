import { escapeUTF8 } from 'entities';
import { Marked, type Token, type Tokens } from 'marked';
import { decodeEntities } from './entities';
import { unsafeUrlReason } from './safe-url';

/**
 * Content Markdown renders Markdown only: HTML written into it is shown as text, and a link or
 * image whose address is not safe (lib/html/safe-url.ts) keeps its text and loses the address. The
 * content check refuses both (inlineMarkdownProblems); this holds for text that skipped it.
 */
const markdown = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeUTF8(text),
    link(token: Tokens.Link) {
      return unsafeUrlReason(token.href) ? this.parser.parseInline(token.tokens) : false;
    },
    image(token: Tokens.Image) {
      return unsafeUrlReason(token.href) ? escapeUTF8(token.text) : false;
    },
  },
});

/** One line of content Markdown through the parser, which inlineMarkdown skips for plain text. */
export function parseInlineMarkdown(text: string): string {
  return markdown.parseInline(text, { async: false });
}

/**
 * Text without a character that starts inline Markdown (escapes, tags, links, emphasis, code, line
 * breaks, autolinks and entities): the parser would return it as one text token, escaped. Most
 * lines of prose are such text, and a build with thousands of pages renders tens of thousands.
 */
const PLAIN = /^[^\\<>[\]!*_~`&@:\n]*$/;
const QUOTE = /["']/g;

/** Renders one line of content Markdown (code spans, emphasis, links) to inline HTML. */
export function inlineMarkdown(text: string): string {
  if (PLAIN.test(text) && !text.includes('www.'))
    return text.replace(QUOTE, (quote) => (quote === '"' ? '&quot;' : '&#39;'));
  return parseInlineMarkdown(text);
}

/**
 * One line of content Markdown as plain text (meta descriptions, the inspector): link texts kept,
 * code ticks and emphasis dropped. Parsed like the page parses it, so `include_fields` in a code
 * span or a snake_case word in prose keeps its underscores.
 */
export function plainText(text: string): string {
  return decodeEntities(inlineMarkdown(text).replace(/<[^<>]*>/g, ''));
}

/** Characters without which a line holds neither HTML nor a link: most lines are not parsed. */
const MAY_HOLD_HTML_OR_LINK = /<|\]\(/;

/**
 * What content may not hold in one line of inline Markdown: HTML, which would run on the page
 * (`<img src=x onerror=…>`), and links or images to unsafe addresses (`[x](javascript:…)`). One
 * message per problem, naming what was written; none for a line that is fine.
 */
export function inlineMarkdownProblems(text: string): string[] {
  if (!MAY_HOLD_HTML_OR_LINK.test(text)) return [];
  const problems: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'html') problems.push(rawHtmlProblem(token.raw));
      else if (token.type === 'link' || token.type === 'image') {
        const reason = unsafeUrlReason((token as Tokens.Link | Tokens.Image).href);
        if (reason) problems.push(unsafeLinkProblem(token.type, (token as Tokens.Link).href, reason));
      }
      if ('tokens' in token && token.tokens) visit(token.tokens);
    }
  };
  visit(markdown.Lexer.lexInline(text, markdown.defaults));
  return problems;
}

/** A piece of content as a message quotes it: on one line, cut at 60 characters. */
export function quoted(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}

/** How the content checks name HTML that content holds. */
export function rawHtmlProblem(html: string): string {
  return `HTML is not allowed in content, only Markdown: ${quoted(html)}`;
}

/** How the content checks name a link or image with an unsafe address. */
export function unsafeLinkProblem(kind: 'link' | 'image', url: string, reason: string): string {
  return `${kind} ${quoted(url)}: ${reason}`;
}
