/**
 * The one step that reads a page's rendered HTML as text (BaseLayout calls it once per page): the
 * rest of the markup is written right where it is made, by components and Markdown plugins.
 * Both parts need the whole page, which only exists after rendering:
 *
 * - Pagefind glues together the words of neighbouring elements it does not know as blocks (table
 *   header cells, captions, description lists…), which templates, Markdown and MDX components all
 *   write; a space after each such element keeps their words apart (word-breaks.ts). No plugin
 *   sees templates' markup, and a space left to each component would go missing unnoticed.
 * - The stylesheet is trimmed to the classes that the page's markup, from every component on it,
 *   and the client scripts name (page-css.ts).
 *
 * It runs where the layout renders the page, not in a middleware: a middleware receives each page
 * as a Response, and decoding and encoding it again cost the 5,000-page build seconds (npm run
 * bench). Only at build time: the dev server has no search index, and keeps the whole stylesheet,
 * so that classes added while editing work.
 */
import { PageCssTrimmer } from './page-css';
import { separateWords } from './word-breaks';

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
