/**
 * A fenced code block hands its text and language to the component that draws it (the MDX `pre`
 * component, components/mdx/CodeBlock.astro), which highlights it, lays out JSON and offers a
 * request in other languages: the same component as every other code sample, so that a guide's
 * code looks and behaves like a code page's.
 */
import type { HastPluginDefinition } from 'satteri';

export const codeFences: HastPluginDefinition = {
  name: 'status-docs-code-fences',
  element: {
    filter: ['pre'],
    visit(pre, ctx) {
      const code = pre.children.find((child) => child.type === 'element' && child.tagName === 'code');
      if (code?.type !== 'element') return;
      const classes = code.properties.className;
      const language = (Array.isArray(classes) ? classes : [])
        .map(String)
        .find((name) => name.startsWith('language-'))
        ?.slice('language-'.length);
      ctx.setProperty(pre, 'dataCode', ctx.textContent(code).replace(/\n$/, ''));
      if (language) ctx.setProperty(pre, 'dataLanguage', language);
    },
  },
};
