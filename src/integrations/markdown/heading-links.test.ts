import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { expect, test } from 'vitest';
import { headingLinks } from './heading-links';

const render = (markdown: string, ids = true) =>
  (
    markdownToHtml(markdown, {
      hastPlugins: [ids && (() => satteriHeadingIdsPlugin()), headingLinks],
    }) as MarkdownToHtmlResult
  ).html;

test('a ## or ### heading gets a link to itself beside it, named by its text, left out of search', () => {
  expect(render('## The `page` parameter\n\n### Its *limit*')).toBe(
    '<div class="section-heading section-heading-2"><h2 id="the-page-parameter">The <code>page</code> parameter</h2>' +
      '<a href="#the-page-parameter" class="section-link no-print" aria-label="Link to the section “The page parameter”" data-pagefind-ignore>#</a></div>\n' +
      '<div class="section-heading section-heading-3"><h3 id="its-limit">Its <em>limit</em></h3>' +
      '<a href="#its-limit" class="section-link no-print" aria-label="Link to the section “Its limit”" data-pagefind-ignore>#</a></div>\n',
  );
});

test('other headings, and headings without an id, stay as they are', () => {
  expect(render('# Title\n\n#### Detail')).toBe('<h1 id="title">Title</h1>\n<h4 id="detail">Detail</h4>\n');
  expect(render('## Plain', false)).toBe('<h2>Plain</h2>\n');
});
