/**
 * Turns the raw collections into the site's checked, derived model. Pure: lib/content feeds it what
 * Astro loaded; tests feed it plain objects. Each collection has its checker (checks/); every broken
 * reference becomes a problem naming the file and the field, and the build stops with all of them.
 */
import type { Api } from '~/schemas/api';
import type { CodeData } from '~/schemas/code';
import type { FlowData } from '~/schemas/flow';
import type { GraphqlErrorData } from '~/schemas/graphql-error';
import type { GuideData } from '~/schemas/guide';
import type { HeaderData } from '~/schemas/header';
import type { Site } from '~/schemas/site';
import type { RegistryEntry, StatusClass } from '~/lib/http/registry';
import { checkApis, checkListQueries } from './checks/apis';
import { checkCodes } from './checks/codes';
import { CheckContext, codeKey, type RawEntry } from './checks/context';
import { checkFlows } from './checks/flows';
import { checkGraphqlErrors } from './checks/graphql-errors';
import { checkGuideRefs, checkGuides } from './checks/guides';
import { checkHeaders } from './checks/headers';
import { ContentError, ProblemList, type ContentProblem } from './problems';

export type { RawEntry } from './checks/context';

export interface RawContent {
  site: RawEntry<Site>[];
  apis: RawEntry<Api>[];
  codes: RawEntry<CodeData>[];
  graphqlErrors?: RawEntry<GraphqlErrorData>[];
  headers?: RawEntry<HeaderData>[];
  guides?: RawEntry<GuideData>[];
  flows?: RawEntry<FlowData>[];
}

interface Located {
  /** Collection id, used to find the entry to render. */
  id: string;
  /** The content file, relative to the project root, for error messages and edit links. */
  file: string;
  url: string;
}

export interface ApiModel extends Api {
  id: string;
  file: string;
}

export interface StatusCode extends CodeData, Located {
  statusClass: StatusClass;
  /** The IANA registry entry; undefined for unregistered codes such as 499. */
  standard: RegistryEntry | undefined;
  /** True when the newest documentation generation no longer lists the code. */
  legacy: boolean;
}

export interface GraphqlError extends GraphqlErrorData, Located {
  slug: string;
}

export interface Header extends HeaderData, Located {
  slug: string;
}

export interface Guide extends GuideData, Located {
  slug: string;
  /** Header names the guide refers to with <HeaderRef>, as written. */
  headerRefs: string[];
  /** Codes the guide refers to with <CodeRef>, as API/CODE. */
  codeRefs: string[];
  /** APIs whose codes the guide sorts by retry verdict with <RetryTable>. */
  retryTables: string[];
}

export interface Flow extends FlowData, Located {
  slug: string;
}

export interface SiteModel {
  site: Site;
  apis: ApiModel[];
  /** All codes of all APIs, by API order then code. */
  codes: StatusCode[];
  graphqlErrors: GraphqlError[];
  headers: Header[];
  guides: Guide[];
  flows: Flow[];
  apiById: ReadonlyMap<string, ApiModel>;
  /** Codes by `API/CODE`, as content refers to them (`rest/429`). */
  codeByKey: ReadonlyMap<string, StatusCode>;
  guideBySlug: ReadonlyMap<string, Guide>;
  headerBySlug: ReadonlyMap<string, Header>;
  errorBySlug: ReadonlyMap<string, GraphqlError>;
}

/**
 * The ids of entries that failed their collection's schema and are left out of the raw content:
 * they exist, so references to them are not reported as missing (their own problems are).
 */
export type InvalidEntries = Partial<Record<Exclude<keyof RawContent, 'site'>, string[]>>;

export function buildModel(raw: RawContent, invalid: InvalidEntries = {}): SiteModel {
  const problems = new ProblemList();
  if (raw.site.length !== 1) {
    problems.add('site.yaml', '(file)', `expected exactly one site file, found ${raw.site.length}`);
    problems.throwIfAny();
  }
  const site = raw.site[0]!.data;
  const context = new CheckContext(problems);
  invalid.apis?.forEach((id) => context.apiIds.add(id));
  invalid.headers?.forEach((id) => context.headerSlugs.add(id));
  invalid.guides?.forEach((id) => context.guideSlugs.add(id));
  // A code's id is API/CODE, as the checks require of its file.
  invalid.codes?.forEach((id) => context.codeKeys.add(id));
  invalid.graphqlErrors?.forEach((id) => context.errorSlugs.add(id));

  // In this order: each collection's references point at the ones checked before it.
  const apis = checkApis(raw.apis, context);
  const headers = checkHeaders(raw.headers ?? [], context);
  const guides = checkGuides(raw.guides ?? [], context);
  const codes = checkCodes(raw.codes, site, context);
  checkListQueries(apis, context);
  checkGuideRefs(guides, context);
  const graphqlErrors = checkGraphqlErrors(raw.graphqlErrors ?? [], context);
  const flows = checkFlows(raw.flows ?? [], context);
  problems.throwIfAny();

  const apiOrder = new Map(apis.map((a, i) => [a.id, i]));
  codes.sort((a, b) => apiOrder.get(a.api)! - apiOrder.get(b.api)! || a.code - b.code);
  return {
    site,
    apis,
    codes,
    graphqlErrors,
    headers,
    guides,
    flows,
    apiById: new Map(apis.map((a) => [a.id, a])),
    codeByKey: new Map(codes.map((c) => [codeKey(c.api, c.code), c])),
    guideBySlug: new Map(guides.map((g) => [g.slug, g])),
    headerBySlug: new Map(headers.map((h) => [h.slug, h])),
    errorBySlug: new Map(graphqlErrors.map((e) => [e.slug, e])),
  };
}

/**
 * Every problem of a content set that buildModel finds, collected rather than thrown, so that they
 * can be reported with the schema's (integrations/content-check.ts).
 */
export function findContentProblems(raw: RawContent, invalid: InvalidEntries = {}): ContentProblem[] {
  try {
    buildModel(raw, invalid);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
