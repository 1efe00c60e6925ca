/** One entry of a page's table of contents (the shape Astro's render() gives for headings). */
export interface TocItem {
  depth: number;
  slug: string;
  text: string;
}

/** Keeps the h2 and h3 headings a reader would jump to. */
export function tocFromHeadings(headings: TocItem[]): TocItem[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
