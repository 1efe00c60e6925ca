/**
 * Markup that is the same on every page (the site navigation, the header) is rendered once per
 * build and reused. The navigation alone holds about a hundred links and status chips: a build of
 * the default content rendered 4,467 chips, and renders 390 this way.
 */

const rendered = new Map<string, Promise<string>>();

/**
 * The markup named `name`, rendered by `render` the first time it is asked for. The promise is kept,
 * not the string: pages render several at a time, and all of them wait on the one rendering.
 */
export function renderOnce(name: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(name);
  if (!html) rendered.set(name, (html = render()));
  return html;
}

/** The path of the page at `pathname`, as the site's links write it: with its trailing slash. */
const pagePath = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

/** The markup with each link to the page at `pathname` marked as the current page. */
export function markCurrentLinks(html: string, pathname: string): string {
  const href = `href="${pagePath(pathname)}"`;
  return html.replaceAll(href, `${href} aria-current="page"`);
}
