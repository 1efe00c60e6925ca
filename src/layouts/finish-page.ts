/**
 * What every page's markup gets before it is written, done where the layout renders it, not in a
 * middleware: a middleware receives each page as a Response, and decoding and encoding it again
 * cost the 5,000-page build seconds (npm run bench).
 *
 * At build time, words that Pagefind would glue together are kept apart (lib/html/word-breaks.ts),
 * and the stylesheet is trimmed to the classes the page uses (lib/html/page-css.ts). The dev server
 * has no search index, and keeps the whole stylesheet, so that classes added while editing work.
 */
import { PageCssTrimmer } from '~/lib/html/page-css';
import { separateWords } from '~/lib/html/word-breaks';

// Everything the browser may run besides a page's own inline scripts: the classes these sources
// name can appear on elements they build, on any page. Client scripts draw their tables with
// lib/html/data-table.ts, which names the tables' classes.
const clientScripts = Object.values(
  import.meta.glob<string>(['/src/scripts/**/*.ts', '/src/lib/html/data-table.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const trimmer = new PageCssTrimmer(clientScripts);

/** A page's body markup, finished. */
export function finishBody(html: string): string {
  return import.meta.env.DEV ? html : separateWords(html);
}

/** The stylesheet for a page whose markup (body and the layout's own) is `markup`. */
export function pageStylesheet(css: string, markup: string): string {
  return import.meta.env.DEV ? css : trimmer.trimFor(css, markup);
}
