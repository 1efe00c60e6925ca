/** Questions pages ask of the checked model: a code's neighbours, the flows that serve it, and such. */
import { headerSlug, retryRowAnchor } from '~/lib/site/urls';
import { codeKey } from './checks/context';
import type { ApiModel, Flow, Header, SiteModel, StatusCode } from './model';

/** The API an id names; ids in the model were checked when it was built. */
export function apiOf(model: Pick<SiteModel, 'apiById'>, id: string): ApiModel {
  return model.apiById.get(id)!;
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

/** The neighbours of a code within its API, for previous/next links; found in constant time. */
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
export function findHeader(model: Pick<SiteModel, 'headerBySlug'>, name: string): Header | undefined {
  return model.headerBySlug.get(headerSlug(name));
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
