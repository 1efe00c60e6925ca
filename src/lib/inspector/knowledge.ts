/**
 * What the inspector knows, taken from the content at build time: codes with their pages and flows,
 * headers with their roles, error messages. The page embeds it as JSON; explain.ts reads it.
 */
import { plainText } from '~/lib/html/markdown';
import type { SiteModel } from '~/lib/content/model';
import { flowsFor } from '~/lib/content/queries';
import { allNumbers } from '~/lib/content/numbers';
import { registeredCodes } from '~/lib/http/registry';
import { numberUrl, queryBuilderUrl } from '~/lib/site/urls';
import type { ExampleSource } from '~/schemas/code';
import type { Knowledge } from './explain';

/** Each API's short name by id, for labels such as "REST 429". */
const shortNames = (model: Pick<SiteModel, 'apis'>) =>
  new Map(model.apis.map((api) => [api.id, api.shortName]));

export function buildKnowledge(
  model: Pick<SiteModel, 'apis' | 'codes' | 'headers' | 'graphqlErrors' | 'flows'>,
): Knowledge {
  const apiName = shortNames(model);
  return {
    codes: model.codes.map((c) => ({
      api: c.api,
      apiName: apiName.get(c.api) ?? c.api,
      code: c.code,
      label: c.label,
      alsoCalled: c.alsoCalled,
      summary: plainText(c.summary),
      retry: plainText(c.retry.advice),
      url: c.url,
      statusClass: c.statusClass,
      flows: flowsFor(model, c).map((f) => ({ title: f.title, url: f.url })),
    })),
    headers: model.headers.map((h) => ({
      name: h.name,
      url: h.url,
      // The response use first: the inspector reads responses.
      summary: plainText((h.uses.find((u) => u.direction === 'response') ?? h.uses[0])?.description ?? ''),
      ...(h.role ? { role: h.role } : {}),
    })),
    errors: model.graphqlErrors.map((e) => ({
      api: e.api,
      status: e.status,
      message: e.message,
      title: e.title,
      url: e.url,
    })),
    standardPhrases: Object.fromEntries(registeredCodes().map((r) => [r.code, r.phrase])),
    formerPhrases: Object.fromEntries(
      registeredCodes()
        .filter((r) => r.formerPhrases.length)
        .map((r) => [r.code, r.formerPhrases.map((f) => f.phrase)]),
    ),
    numberPages: Object.fromEntries(allNumbers(model).map((n) => [n.code, numberUrl(n.code)])),
    ...(model.apis.some((api) => api.listQuery) ? { queryBuilderUrl } : {}),
  };
}

export interface InspectorExample {
  label: string;
  text: string;
  /** Whether the vendor's docs show it, as the button says (docs/authoring.md). */
  source: ExampleSource;
}

/**
 * Responses to try: every example response in the codes' content, with its source, and the
 * response headers with their documented example values (which decode into a rate-limit reading
 * where the content has one).
 */
export function inspectorExamples(model: Pick<SiteModel, 'apis' | 'codes' | 'headers'>): InspectorExample[] {
  const apiName = shortNames(model);
  const fromCodes = model.codes.flatMap((c) =>
    c.example
      ? [
          {
            label: `${apiName.get(c.api) ?? c.api} ${c.code} ${c.label}`,
            text: c.example.response,
            source: c.example.source,
          },
        ]
      : [],
  );
  const headerLines = model.headers.flatMap((h) => {
    const use = h.uses.find((u) => u.direction === 'response');
    return use?.example !== undefined ? [`${h.name}: ${use.example}`] : [];
  });
  return headerLines.length
    ? [
        ...fromCodes,
        {
          label: 'Response headers with the documented example values',
          text: headerLines.join('\n'),
          source: 'documented' as const,
        },
      ]
    : fromCodes;
}
