/**
 * A fenced code block's language (```http), handed to the guides' CodeBlock component as
 * `data-language` on its <pre>, so that the block's bar can name it without reading the rendered
 * code.
 */
import type { HastPluginDefinition } from 'satteri';

export const codeBlockLanguage: HastPluginDefinition = {
  name: 'status-docs-code-language',
  element: {
    filter: ['pre'],
    visit(pre, ctx) {
      const code = pre.children.find((child) => child.type === 'element');
      if (code?.type !== 'element' || code.tagName !== 'code') return;
      const classes = code.properties.className;
      const language = (Array.isArray(classes) ? classes : [])
        .map(String)
        .find((name) => name.startsWith('language-'));
      if (language) ctx.setProperty(pre, 'data-language', language.slice('language-'.length));
    },
  },
};
