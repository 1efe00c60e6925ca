/** The pages that do rather than tell: the home page, the tools, search and the 404 page. */
import { groupCodes } from '~/lib/content/code-tables';
import type { SiteModel } from '~/lib/content/model';
import { codesOf } from '~/lib/content/queries';
import { inspectorExamples } from '~/lib/inspector/knowledge';
import { plainText } from '~/lib/html/markdown';
import { trailFrom, type PageFrame } from '../page';
import type { KnownCode } from '../nearest';
import { presentSections } from '../present-sections';
import { buildSiteIndex, indexedPages } from '../site-index';
import { SECTIONS, type Section } from '../sections';

const toolFrame = (section: Section, rest: Partial<PageFrame> = {}): PageFrame => ({
  title: section.title,
  description: section.summary,
  trail: trailFrom(),
  search: { kind: 'Tool' },
  ...rest,
});

/** `/`: every API's codes by class, the guides, the flows, and the tools. */
export function homePage(model: SiteModel) {
  const present = new Set(presentSections(model));
  return {
    frame: { title: model.site.title, description: model.site.description, search: { kind: 'Reference' } },
    apis: model.apis.map((api) => ({ api, ...groupCodes(codesOf(model, api.id)) })),
    tools: [SECTIONS.inspector, SECTIONS.queryBuilder, SECTIONS.changelog, SECTIONS.numbers].filter((s) =>
      present.has(s),
    ),
  } satisfies { frame: PageFrame } & Record<string, unknown>;
}

export function inspectorPage(model: SiteModel) {
  return { frame: toolFrame(SECTIONS.inspector), examples: inspectorExamples(model) };
}

/**
 * The query builder, for each API whose content declares list conventions. The explanation is built
 * in the browser from what the reader types, as text: the operators' descriptions go to it as plain
 * text, while the operator table renders them from the content's Markdown.
 */
export function queryBuilderPage(model: SiteModel) {
  const builders = model.apis.flatMap((api) => {
    const query = api.listQuery;
    if (!query) return [];
    const operators = query.operators.map((op) => ({ ...op, description: plainText(op.description) }));
    return [{ api, conventions: { ...query, operators } }];
  });
  return { frame: toolFrame(SECTIONS.queryBuilder), builders };
}

export function searchPage(model: SiteModel) {
  return {
    frame: toolFrame(SECTIONS.search, { indexable: false, search: undefined }),
    /** Without JavaScript the page lists every page instead, by kind. */
    index: buildSiteIndex(model),
  };
}

export function notFoundPage(model: SiteModel) {
  const known: KnownCode[] = model.codes.map((c) => ({
    api: c.api,
    code: c.code,
    label: c.label,
    url: c.url,
  }));
  return {
    frame: { title: 'Page not found', description: 'There is no page at this address.', indexable: false },
    known,
    /** Every page, for the nearest to a mistyped address. */
    pages: indexedPages(buildSiteIndex(model)),
  } satisfies { frame: PageFrame } & Record<string, unknown>;
}
