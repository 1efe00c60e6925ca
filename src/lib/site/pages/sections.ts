/** The site's fixed section pages: each lists one kind of thing, under the home page. */
import { buildChangelog } from '~/lib/content/changelog';
import { headerGroups } from '~/lib/content/header-groups';
import type { SiteModel, StatusCode } from '~/lib/content/model';
import { buildNumbers, undocumentedNumbers } from '~/lib/content/numbers';
import { apiOf, flowsFor } from '~/lib/content/queries';
import { pageSections, trailFrom, type PageFrame } from '../page';
import { SECTIONS, type Section } from '../sections';

const sectionFrame = (section: Section, rest: Partial<PageFrame> = {}): PageFrame => ({
  title: section.title,
  description: section.summary,
  trail: trailFrom(),
  search: { kind: 'Reference' },
  ...rest,
});

/** `/codes/`: every number any API lists, then the rest of the registry. */
export function numbersPage(model: SiteModel) {
  return {
    frame: sectionFrame(SECTIONS.numbers, { search: { kind: 'Reference', codeListPlace: 0 } }),
    numbers: buildNumbers(model),
    others: undocumentedNumbers(model),
  };
}

/** `/changelog/`: what each documentation generation added, dropped, relabelled and reworded. */
export function changelogPage(model: SiteModel) {
  const changes = buildChangelog(model.site.generations, model.codes);
  const sections = pageSections(changes.map((c) => ({ id: c.generation.id, title: c.generation.name })));
  const several = model.apis.length > 1;
  return {
    frame: sectionFrame(SECTIONS.changelog, { toc: sections.toc }),
    changes: changes.map((c) => ({ ...c, section: sections.byId[c.generation.id]! })),
    /** The API after a code's name, where there is more than one API. */
    apiNote: (c: StatusCode) => (several ? ` (${apiOf(model, c.api).shortName})` : ''),
    apiName: (id: string) => apiOf(model, id).name,
  };
}

/** `/troubleshooting/`: the flows by the codes they serve, then all of them. */
export function flowsPage(model: SiteModel) {
  const sections = pageSections([
    { id: 'by-code', title: 'By status code' },
    { id: 'all', title: 'All flows' },
  ]);
  return {
    frame: sectionFrame(SECTIONS.troubleshooting, { toc: sections.toc }),
    sections: sections.byId,
    served: model.codes.flatMap((c) => {
      const flows = flowsFor(model, c);
      return flows.length ? [{ code: c, apiShortName: apiOf(model, c.api).shortName, flows }] : [];
    }),
    flows: model.flows,
  };
}

/** `/headers/`: a table per direction and origin. */
export function headersPage(model: SiteModel) {
  const groups = headerGroups(model.headers, model.site.vendor);
  const sections = pageSections(groups.map((g) => ({ id: g.id, title: g.title })));
  return {
    // Four columns, a header's name whole in the first: the table takes the contents' column too.
    frame: sectionFrame(SECTIONS.headers, { toc: sections.toc, wide: true }),
    groups: groups.map((g) => ({ ...g, section: sections.byId[g.id]! })),
    /** Any documented name with capitals shows what case-insensitivity means in practice. */
    caseExample: model.headers.find((h) => h.name !== h.name.toLowerCase())?.name,
  };
}

/** `/guides/`: the guides on building requests, then those on reading responses. */
export function guidesPage(model: SiteModel) {
  const groups = [
    {
      id: 'requests',
      title: 'Building requests',
      guides: model.guides.filter((g) => g.group === 'requests'),
    },
    {
      id: 'responses',
      title: 'Reading responses',
      guides: model.guides.filter((g) => g.group === 'responses'),
    },
  ].filter((g) => g.guides.length > 0);
  const sections = pageSections(groups);
  return {
    frame: sectionFrame(SECTIONS.guides, { toc: sections.toc }),
    intro: 'The conventions every request and response follows.',
    groups: groups.map((g) => ({ ...g, section: sections.byId[g.id]! })),
  };
}
