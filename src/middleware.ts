import { defineMiddleware } from 'astro:middleware';
import { PageCssTrimmer } from '~/lib/page-css';
import { separateWords } from '~/lib/search/word-breaks';

// Everything the browser may run besides a page's own inline scripts: the classes these sources
// name can appear on elements they build, on any page.
const clientScripts = Object.values(
  import.meta.glob<string>('/src/scripts/**/*.ts', { query: '?raw', import: 'default', eager: true }),
);
const trimmer = new PageCssTrimmer(clientScripts);

/**
 * At build time, each page's inlined stylesheet is trimmed to the classes it uses (lib/page-css.ts),
 * and words that Pagefind would glue together are kept apart (lib/search/word-breaks.ts). The dev
 * server serves styles through Vite, not inlined, and has no search index: it is left alone.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(trimmer.trim(separateWords(await response.text())), response);
});
