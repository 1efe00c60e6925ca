import { marked } from 'marked';
import { decodeEntities } from './entities';

/** Renders one line of content Markdown (code spans, emphasis, links) to inline HTML. */
export function inlineMarkdown(text: string): string {
  return marked.parseInline(text, { async: false, gfm: true });
}

/**
 * One line of content Markdown as plain text (meta descriptions, the inspector): link texts kept,
 * code ticks and emphasis dropped. Parsed like the page parses it, so `include_fields` in a code
 * span or a snake_case word in prose keeps its underscores.
 */
export function plainText(text: string): string {
  return decodeEntities(inlineMarkdown(text).replace(/<[^<>]*>/g, ''));
}
