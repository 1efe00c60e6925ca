/**
 * What each kind of page tells search about itself (lib/search/markup.ts writes it as the page's
 * filters and metadata), in one place: the pages' frames take their facts from here, and so does
 * the search data the build writes for the browser (lib/exports/search-data.ts), so that the filter
 * values search reads are the ones the index holds.
 */
import type { ApiModel, Guide, GraphqlError, Header, SiteModel, StatusCode } from '~/lib/content/model';
import { apiOf } from '~/lib/content/queries';
import { parametersExplainedBy } from '~/lib/list-url/list-query';
import type { SearchFacts } from '~/lib/search/markup';

export const codeFacts = (model: SiteModel, code: StatusCode): SearchFacts => ({
  kind: 'Code',
  api: apiOf(model, code.api).shortName,
  statusClass: code.statusClass,
  code: code.code,
});

/** An error message's page is filed under the status it arrives with. */
export function errorFacts(model: SiteModel, error: GraphqlError): SearchFacts {
  const status = model.codeByKey.get(`${error.api}/${error.status}`)!;
  return {
    kind: 'Error message',
    api: apiOf(model, error.api).shortName,
    statusClass: status.statusClass,
    code: status.code,
  };
}

/** An API's list of codes, in its place among the lists. */
export const apiFacts = (model: SiteModel, api: ApiModel): SearchFacts => ({
  kind: 'Reference',
  api: api.shortName,
  codeListPlace: model.apis.indexOf(api) + 1,
});

export function guideFacts(model: SiteModel, guide: Guide): SearchFacts {
  const parameters = [
    ...new Set(
      model.apis.flatMap((api) => (api.listQuery ? parametersExplainedBy(api.listQuery, guide.slug) : [])),
    ),
  ];
  return { kind: 'Guide', parameters, topics: [guide.title, ...guide.alsoCalled] };
}

export const headerFacts = (header: Header): SearchFacts => ({ kind: 'Header', header: header.name });

export const FLOW_FACTS: SearchFacts = { kind: 'Flow' };
/** The home page, the lists of codes and the other section pages. */
export const REFERENCE_FACTS: SearchFacts = { kind: 'Reference' };
/** The tools (the inspector is always built). */
export const TOOL_FACTS: SearchFacts = { kind: 'Tool' };

/** The facts of every kind of page the site builds, each page of the content once. */
export const siteSearchFacts = (model: SiteModel): SearchFacts[] => [
  REFERENCE_FACTS,
  TOOL_FACTS,
  ...model.apis.map((api) => apiFacts(model, api)),
  ...model.codes.map((code) => codeFacts(model, code)),
  ...model.graphqlErrors.map((error) => errorFacts(model, error)),
  ...model.guides.map((guide) => guideFacts(model, guide)),
  ...model.headers.map(headerFacts),
  ...model.flows.map(() => FLOW_FACTS),
];

/** The filter operators of the APIs' list conventions, which their operator tables mark (components/mdx/OperatorTable.astro). */
export const operatorSuffixes = (model: SiteModel): string[] =>
  model.apis.flatMap((api) => api.listQuery?.operators.flatMap((op) => (op.suffix ? [op.suffix] : [])) ?? []);
