/**
 * When search finds nothing, the ways in that the site navigation marks (`data-browse`: each list of
 * codes, the reference and the inspector) as one line of links, so that a reader is not left at a
 * dead end. Hidden until then; undefined on a page without them.
 */
import { h } from '../dom';

export function browseLine(className: string): HTMLParagraphElement | undefined {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#site-nav a[data-browse]')];
  if (links.length === 0) return undefined;
  const line = h('p', { class: className, hidden: true }, 'Or browse: ');
  links.forEach((link, i) => {
    if (i > 0) line.append(' · ');
    line.append(
      h(
        'a',
        { href: link.getAttribute('href') ?? '', class: 'text-accent underline underline-offset-2' },
        link.textContent?.trim(),
      ),
    );
  });
  return line;
}
