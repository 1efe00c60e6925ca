import { marked } from 'marked';

/** Renders one line of content Markdown (code spans, emphasis, links) to inline HTML. */
export function inlineMarkdown(text: string): string {
  return marked.parseInline(text, { async: false, gfm: true });
}

/** One line of content Markdown as plain text: link texts kept, code ticks and emphasis dropped. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2');
}
