/** Pagefind's options: the same for the site's search and for the recording of its answers (scripts/record-search-index.mjs). */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  // Pagefind's default length penalty (0.75) put a short page that says "header" once above the
  // Headers index for "headers", and 423 Locked above the codes index for "status codes". At 0.5
  // the index pages lead.
  ranking: { pageLength: 0.5 },
};
