import type { GuideData } from '~/schemas/guide';
import { guideUrl } from '~/lib/site/urls';
import type { Guide } from '../model';
import { findExampleProblems } from '../guide-examples';
import { jsxAttributeValues } from '../mdx-refs';
import { findMarkupProblems } from '../markup';
import { bodyLine, fileOf, type CheckContext, type RawEntry } from './context';

/** The values of `attribute` on a guide's `<component>` elements; they become checked references. */
export function componentRefs(body: string | undefined, component: string, attribute: string): string[] {
  return body ? jsxAttributeValues(body, component, attribute) : [];
}

/**
 * The guides in reading order, with the headers, codes and APIs their components name; each holds
 * only Markdown and the guide components, and each code block sits in an example that says where
 * it comes from.
 */
export function checkGuides(raw: RawEntry<GuideData>[], context: CheckContext): Guide[] {
  const guides = raw.map((entry) => {
    const file = fileOf(entry, 'guides');
    for (const p of findMarkupProblems(entry.body, 'mdx'))
      context.problems.add(file, bodyLine(entry, p.line), p.message);
    for (const p of findExampleProblems(entry.body, (line) => bodyLine(entry, line)))
      context.problems.add(file, p.field, p.message);
    context.guideSlugs.add(entry.id);
    return {
      ...entry.data,
      id: entry.id,
      slug: entry.id,
      file,
      url: guideUrl(entry.id),
      headerRefs: componentRefs(entry.body, 'HeaderRef', 'name'),
      codeRefs: componentRefs(entry.body, 'CodeRef', 'code'),
      retryTables: componentRefs(entry.body, 'RetryTable', 'api'),
    };
  });
  return guides.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** A guide's components must name headers, codes and APIs that exist; checked once codes are known. */
export function checkGuideRefs(guides: Guide[], context: CheckContext): void {
  for (const guide of guides) {
    guide.headerRefs.forEach((name) => context.header(guide.file, `<HeaderRef name="${name}">`, name));
    guide.codeRefs.forEach((ref) => context.code(guide.file, `<CodeRef code="${ref}">`, ref));
    guide.retryTables.forEach((api) => context.api(guide.file, `<RetryTable api="${api}">`, api));
    if (guide.retryTables.length > 1)
      context.problems.add(
        guide.file,
        '<RetryTable>',
        'one per guide: its rows are anchored by code alone (#retry-429)',
      );
  }
}
