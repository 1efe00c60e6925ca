import { defineMiddleware } from 'astro:middleware';
import { PageCssTrimmer } from '~/lib/page-css';
import { separateWords } from '~/lib/search/word-breaks';
import { stackWideTables } from '~/lib/stacked-tables';

// Everything the browser may run besides a page's own inline scripts: the classes these sources
// name can appear on elements they build, on any page.
const clientScripts = Object.values(
  import.meta.glob<string>('/src/scripts/**/*.ts', { query: '?raw', import: 'default', eager: true }),
);
const trimmer = new PageCssTrimmer(clientScripts);

/**
 * Wide tables are marked up to stack on a phone (lib/stacked-tables.ts). At build time, words that
 * Pagefind would glue together are kept apart (lib/search/word-breaks.ts), and each page's inlined
 * stylesheet is trimmed to the classes it uses (lib/page-css.ts). The dev server serves styles
 * through Vite, not inlined, and has no search index: those two steps are for the build only.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = stackWideTables(await response.text());
  return new Response(import.meta.env.DEV ? html : trimmer.trim(separateWords(html)), response);
});
