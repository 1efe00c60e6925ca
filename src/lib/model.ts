/**
 * Turns the raw collections into the site's checked, derived model. Pure: lib/content.ts feeds it
 * what Astro loaded; tests feed it plain objects. Every broken reference becomes a problem naming
 * the file and the field, and the build stops with all of them listed.
 */
import type { Api } from '~/schemas/api';
import type { CodeData } from '~/schemas/code';
import type { FlowData } from '~/schemas/flow';
import type { GraphqlErrorData } from '~/schemas/graphql-error';
import type { GuideData } from '~/schemas/guide';
import type { HeaderData } from '~/schemas/header';
import type { Site } from '~/schemas/site';
import { ProblemList } from './content-errors';
import { findFlowProblems } from './flows';
import { findExampleProblems } from './guide-examples';
import { classOf, lookupStatus, type RegistryEntry, type StatusClass } from './registry';
import { asWords } from './words';
import { codeUrl, errorUrl, flowUrl, guideUrl, headerSlug, headerUrl, retryRowAnchor } from './urls';

/** An entry as a content loader yields it. */
export interface RawEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  /** Raw source of Markdown entries (guides), scanned for component references. */
  body?: string | undefined;
}

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
}

/** Route segments that other pages own, so no API may take them as its id. */
export const RESERVED_API_IDS = [
  'codes',
  'guides',
  'headers',
  'troubleshooting',
  'changelog',
  'tools',
  'search',
  'pagefind',
  'errors',
];

const fileOf = (entry: RawEntry<unknown>, folder: string) => entry.filePath ?? `${folder}/${entry.id}`;
const codeKey = (api: string, code: number) => `${api}/${code}`;

/**
 * Search opens a code's page for any of its names typed whole (lib/search/query.ts): each other
 * name (`alsoCalled`) must name one code of its API, and add to the names the code already has.
 */
function checkOtherNames(codes: StatusCode[], problems: ProblemList): void {
  const owner = new Map<string, StatusCode>();
  const key = (code: StatusCode, name: string) => `${code.api} ${asWords(name)}`;
  for (const code of codes)
    for (const name of [
      code.label,
      ...(code.standard ? [code.standard.phrase, ...code.standard.formerPhrases.map((f) => f.phrase)] : []),
    ])
      owner.set(key(code, name), code);
  for (const code of codes)
    code.alsoCalled.forEach((name, i) => {
      const other = owner.get(key(code, name));
      if (other === code)
        problems.add(code.file, `alsoCalled[${i}]`, `"${name}" is already its label or standard phrase`);
      else if (other)
        problems.add(code.file, `alsoCalled[${i}]`, `"${name}" already names ${other.code} (${other.file})`);
      else owner.set(key(code, name), code);
    });
}

/** Finds `<Name attr="value"` uses in MDX source; the values become checked references. */
export function componentRefs(body: string | undefined, component: string, attribute: string): string[] {
  if (!body) return [];
  const pattern = new RegExp(`<${component}\\b[^>]*?\\b${attribute}=(?:"([^"]*)"|'([^']*)')`, 'g');
  return [...body.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}

export function buildModel(raw: RawContent): SiteModel {
  const problems = new ProblemList();

  if (raw.site.length !== 1) {
    problems.add('site.yaml', '(file)', `expected exactly one site file, found ${raw.site.length}`);
    problems.throwIfAny();
  }
  const site = raw.site[0]!.data;
  const generationIds = site.generations.map((g) => g.id);
  const latestGeneration = generationIds.at(-1);

  // APIs
  const apis: ApiModel[] = raw.apis
    .map((entry) => ({ ...entry.data, id: entry.id, file: fileOf(entry, 'apis') }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  for (const api of apis) {
    if (RESERVED_API_IDS.includes(api.id)) {
      problems.add(api.file, '(file name)', `"${api.id}" is a reserved URL segment; rename the file`);
    }
  }
  const apiIds = new Set(apis.map((a) => a.id));
  const checkApi = (file: string, field: string, api: string) => {
    if (!apiIds.has(api))
      problems.add(file, field, `no API "${api}" (known: ${[...apiIds].join(', ') || 'none'})`);
  };

  // Headers and guides first: codes refer to them.
  const headers: Header[] = (raw.headers ?? []).map((entry) => {
    const file = fileOf(entry, 'headers');
    if (entry.id !== headerSlug(entry.data.name)) {
      problems.add(file, 'name', `"${entry.data.name}" must live in ${headerSlug(entry.data.name)}.yaml`);
    }
    return { ...entry.data, id: entry.id, slug: entry.id, file, url: headerUrl(entry.data.name) };
  });
  headers.sort((a, b) => a.name.localeCompare(b.name));
  const headerBySlug = new Map(headers.map((h) => [h.slug, h]));
  const checkHeader = (file: string, field: string, name: string) => {
    if (!headerBySlug.has(headerSlug(name)))
      problems.add(file, field, `no header "${name}" in content/headers/`);
  };

  const guides: Guide[] = (raw.guides ?? []).map((entry) => {
    const file = fileOf(entry, 'guides');
    for (const p of findExampleProblems(entry.body)) problems.add(file, p.field, p.message);
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
  guides.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const guideSlugs = new Set(guides.map((g) => g.slug));

  // Codes
  const seen = new Map<string, string>();
  const codes: StatusCode[] = [];
  for (const entry of raw.codes) {
    const data = entry.data;
    const file = fileOf(entry, 'codes');
    const folder = entry.id.includes('/') ? entry.id.split('/')[0] : undefined;

    checkApi(file, 'api', data.api);
    if (apiIds.has(data.api) && folder !== undefined && folder !== data.api) {
      problems.add(file, 'api', `says "${data.api}" but the file is in the "${folder}" folder`);
    }

    const key = codeKey(data.api, data.code);
    const other = seen.get(key);
    if (other) problems.add(file, 'code', `${data.code} of "${data.api}" is already defined in ${other}`);
    seen.set(key, file);

    const standard = lookupStatus(data.code);
    if (!standard && !data.origin) {
      problems.add(file, 'origin', `${data.code} is not in the IANA registry: say where it comes from`);
    }
    if (standard && data.origin) {
      problems.add(file, 'origin', `${data.code} is a registered code (${standard.phrase}): remove origin`);
    }

    let previousIndex = -1;
    data.history.forEach((h, i) => {
      const index = generationIds.indexOf(h.generation);
      if (index === -1) {
        problems.add(
          file,
          `history[${i}].generation`,
          `no generation "${h.generation}" in site.yaml (known: ${generationIds.join(', ')})`,
        );
      } else if (index <= previousIndex) {
        problems.add(file, `history[${i}].generation`, 'list generations once each, oldest first');
      }
      previousIndex = Math.max(previousIndex, index);
    });

    const hasFixes = data.causes.length > 0 || data.solutions.length > 0;
    if (hasFixes && !data.causesSource)
      problems.add(
        file,
        'causesSource',
        'say where the causes and solutions come from: documented (the docs’ troubleshooting table) or ours',
      );
    if (!hasFixes && data.causesSource)
      problems.add(file, 'causesSource', 'there are no causes or solutions to come from anywhere: remove it');

    data.headers.forEach((name, i) => checkHeader(file, `headers[${i}]`, name));
    data.guides.forEach((slug, i) => {
      if (!guideSlugs.has(slug)) problems.add(file, `guides[${i}]`, `no guide "${slug}" in content/guides/`);
    });

    codes.push({
      ...data,
      id: entry.id,
      file,
      url: codeUrl(data.api, data.code),
      statusClass: classOf(data.code),
      standard,
      legacy: !data.history.some((h) => h.generation === latestGeneration),
    });
  }
  checkOtherNames(codes, problems);
  const codeKeys = new Set(codes.map((c) => codeKey(c.api, c.code)));
  const checkCodeRef = (file: string, field: string, ref: string) => {
    if (!codeKeys.has(ref))
      problems.add(file, field, `no code page "${ref}" (write API/CODE, e.g. rest/429)`);
  };

  // List-query conventions point at guides.
  for (const api of apis) {
    const query = api.listQuery;
    if (!query) continue;
    for (const [part, slug] of Object.entries(query.guides)) {
      if (slug && !guideSlugs.has(slug))
        problems.add(api.file, `listQuery.guides.${part}`, `no guide "${slug}" in content/guides/`);
    }
  }

  // Guides' component references
  for (const guide of guides) {
    guide.headerRefs.forEach((name) => checkHeader(guide.file, `<HeaderRef name="${name}">`, name));
    guide.codeRefs.forEach((ref) => checkCodeRef(guide.file, `<CodeRef code="${ref}">`, ref));
    guide.retryTables.forEach((api) => checkApi(guide.file, `<RetryTable api="${api}">`, api));
    if (guide.retryTables.length > 1)
      problems.add(
        guide.file,
        '<RetryTable>',
        'one per guide: its rows are anchored by code alone (#retry-429)',
      );
  }

  // GraphQL error messages
  const errorSlugs = new Set((raw.graphqlErrors ?? []).map((e) => e.id));
  const messages = new Map<string, string>();
  const graphqlErrors: GraphqlError[] = (raw.graphqlErrors ?? []).map((entry) => {
    const data = entry.data;
    const file = fileOf(entry, 'graphql-errors');
    checkApi(file, 'api', data.api);
    if (apiIds.has(data.api)) checkCodeRef(file, 'status', codeKey(data.api, data.status));
    const twin = messages.get(data.message);
    if (twin) problems.add(file, 'message', `the same message is already defined in ${twin}`);
    messages.set(data.message, file);
    data.lookalikes.forEach((slug, i) => {
      if (slug === entry.id) problems.add(file, `lookalikes[${i}]`, 'a message cannot be its own lookalike');
      else if (!errorSlugs.has(slug)) problems.add(file, `lookalikes[${i}]`, `no message "${slug}"`);
    });
    return { ...data, id: entry.id, slug: entry.id, file, url: errorUrl(data.api, entry.id) };
  });
  graphqlErrors.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

  // Flows
  const flows: Flow[] = (raw.flows ?? []).map((entry) => {
    const file = fileOf(entry, 'flows');
    entry.data.codes.forEach((ref, i) => checkCodeRef(file, `codes[${i}]`, ref));
    for (const p of findFlowProblems(entry.data)) problems.add(file, p.field, p.message);
    return { ...entry.data, id: entry.id, slug: entry.id, file, url: flowUrl(entry.id) };
  });
  flows.sort((a, b) => a.title.localeCompare(b.title));

  problems.throwIfAny();

  const apiOrder = new Map(apis.map((a, i) => [a.id, i]));
  codes.sort((a, b) => apiOrder.get(a.api)! - apiOrder.get(b.api)! || a.code - b.code);
  return { site, apis, codes, graphqlErrors, headers, guides, flows };
}

const codesByApi = new WeakMap<readonly StatusCode[], Map<string, StatusCode[]>>();
/** Each code's place in its API's list, noted as codesOf groups them. */
const placeInApi = new WeakMap<StatusCode, number>();

/** The codes of one API, in code order; grouped once per model, since every code page asks. */
export function codesOf(model: Pick<SiteModel, 'codes'>, api: string): readonly StatusCode[] {
  let byApi = codesByApi.get(model.codes);
  if (!byApi) {
    byApi = new Map();
    for (const c of model.codes) {
      const list = byApi.get(c.api) ?? [];
      placeInApi.set(c, list.length);
      list.push(c);
      byApi.set(c.api, list);
    }
    codesByApi.set(model.codes, byApi);
  }
  return byApi.get(api) ?? [];
}

/**
 * The neighbours of a code within its API, for previous/next links. Every code page asks: a search
 * of the list on each made the pages' cost grow with the square of the codes.
 */
export function neighbours(model: Pick<SiteModel, 'codes'>, code: StatusCode) {
  const list = codesOf(model, code.api);
  const i = placeInApi.get(code) ?? list.findIndex((c) => c.id === code.id);
  return { previous: list[i - 1], next: list[i + 1] };
}

/** True when the API's label is not the registry's phrase, so the page shows both. */
export function differsFromStandard(code: Pick<StatusCode, 'label' | 'standard'>): boolean {
  return !!code.standard && code.standard.phrase.toLowerCase() !== code.label.toLowerCase();
}

/** The header entry for a name in any case. */
export function findHeader(model: Pick<SiteModel, 'headers'>, name: string): Header | undefined {
  return model.headers.find((h) => h.slug === headerSlug(name));
}

/** The flows that serve a code. */
export function flowsFor(model: Pick<SiteModel, 'flows'>, code: Pick<StatusCode, 'api' | 'code'>): Flow[] {
  const key = codeKey(code.api, code.code);
  return model.flows.filter((f) => f.codes.includes(key));
}

/**
 * The row of a code in a guide's table of when to retry (`<RetryTable>`), if a guide has one for its
 * API; such tables list current codes only.
 */
export function retryRowUrl(
  model: Pick<SiteModel, 'guides'>,
  code: Pick<StatusCode, 'api' | 'code' | 'legacy'>,
): string | undefined {
  const guide = code.legacy ? undefined : model.guides.find((g) => g.retryTables.includes(code.api));
  return guide && `${guide.url}#${retryRowAnchor(code.code)}`;
}

/** Codes and guides that mention a header. */
export function mentionsOf(model: Pick<SiteModel, 'codes' | 'guides'>, header: Pick<Header, 'slug'>) {
  return {
    codes: model.codes.filter((c) => c.headers.some((h) => headerSlug(h) === header.slug)),
    guides: model.guides.filter((g) => g.headerRefs.some((h) => headerSlug(h) === header.slug)),
  };
}

/** The GraphQL messages that come with one code of one API. */
export function errorsFor(model: Pick<SiteModel, 'graphqlErrors'>, code: Pick<StatusCode, 'api' | 'code'>) {
  return model.graphqlErrors.filter((e) => e.api === code.api && e.status === code.code);
}
