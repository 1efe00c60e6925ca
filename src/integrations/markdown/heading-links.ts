/**
 * A guide's `##` and `###` headings, each with a link to itself, as SectionHeading.astro draws the
 * sections of other pages: the link sits beside the heading, so that the heading's name stays its
 * title for screen readers, the contents and search; its name is an attribute, which search does
 * not index, and its text a lone "#", which search leaves out too. The classes `section-heading-2` and `-3` set the headings as
 * prose (global.css). A heading without an id is left as it is.
 */
import type { HastPluginDefinition } from 'satteri';
import { oneLine, textOf } from './text';

export const headingLinks: HastPluginDefinition = {
  name: 'status-docs-heading-links',
  element: {
    filter: ['h2', 'h3'],
    visit(heading, ctx) {
      const id = heading.properties.id;
      if (typeof id !== 'string' || !id) return;
      ctx.wrapNode(heading, {
        type: 'element',
        tagName: 'div',
        properties: { class: `section-heading section-heading-${heading.tagName[1]}` },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: {
              href: `#${id}`,
              class: 'section-link no-print',
              'aria-label': `Link to the section “${oneLine(textOf(heading))}”`,
              'data-pagefind-ignore': true,
            },
            children: [{ type: 'text', value: '#' }],
          },
        ],
      });
    },
  },
};
