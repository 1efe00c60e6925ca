/** Longest title search engines show whole (and html-validate's long-title rule). */
export const MAX_TITLE_LENGTH = 70;

/**
 * "429 Too Many Requests" + site → "429 Too Many Requests · Site"; the home page is the site alone,
 * and a title too long for the site name to follow stands alone.
 */
export function pageTitle(title: string, siteTitle: string): string {
  if (!title || title === siteTitle) return siteTitle;
  const full = `${title} · ${siteTitle}`;
  return full.length <= MAX_TITLE_LENGTH ? full : title;
}
