/**
 * Astro writes pages without whitespace between tags, and Pagefind joins the text of neighbouring
 * elements unless the first is one it knows as a block (p, div, li, td, headings…). Table header
 * cells, captions and description lists are not among them, so "Code" and "Label" in a table's
 * header row were indexed as the one word "codelabel", which no search finds. A space after those
 * elements keeps their words apart; browsers do not draw whitespace between such boxes.
 */
const SEPARATE = /(<\/(?:th|caption|dt|dd|figcaption|summary)>)(?=<)/g;

/** The page with a space after each element whose words Pagefind would glue to the next. */
export function separateWords(html: string): string {
  return html.replace(SEPARATE, '$1 ');
}
