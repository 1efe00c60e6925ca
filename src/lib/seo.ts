/** "429 Too Many Requests" + site → "429 Too Many Requests · Site"; the home page is the site alone. */
export function pageTitle(title: string, siteTitle: string): string {
  return !title || title === siteTitle ? siteTitle : `${title} · ${siteTitle}`;
}
