import { marked } from 'marked';

/** Renders one line of content Markdown (code spans, emphasis, links) to inline HTML. */
export function inlineMarkdown(text: string): string {
  return marked.parseInline(text, { async: false, gfm: true });
}
