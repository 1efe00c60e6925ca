import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { expect, test } from 'vitest';
import { codeBlockLanguage } from './code-language';

const render = (markdown: string) =>
  (markdownToHtml(markdown, { hastPlugins: [codeBlockLanguage] }) as MarkdownToHtmlResult).html;

test('a fenced block hands its language to its <pre>', () => {
  expect(render('```http\nGET /\n```')).toBe(
    '<pre data-language="http"><code class="language-http">GET /\n</code></pre>\n',
  );
});

test('a block without a language, and inline code, get nothing', () => {
  expect(render('```\nplain\n```')).toBe('<pre><code>plain\n</code></pre>\n');
  expect(render('Use `x`.')).toBe('<p>Use <code>x</code>.</p>\n');
});
