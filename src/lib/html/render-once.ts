/**
 * Markup that is the same on many pages (the header; the site navigation, which differs only in
 * the link marked current) is rendered once per build for each name and reused. The navigation
 * alone holds about a hundred links and status chips: a build of the default content rendered
 * 4,467 chips, and renders 390 this way.
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
