/** The machine-readable export served at /status-codes.json (schema: src/data/status-codes.schema.json). */
import type { SiteModel } from '~/lib/content/model';
import { absoluteUrl, apiUrl } from '~/lib/site/urls';

export const STATUS_EXPORT_PATH = '/status-codes.json';
export const STATUS_SCHEMA_PATH = '/status-codes.schema.json';

export function buildStatusExport(model: Pick<SiteModel, 'site' | 'apis' | 'codes' | 'graphqlErrors'>) {
  const url = (path: string) => absoluteUrl(model.site.url, path);
  return {
    site: { title: model.site.title, url: url('/') },
    schema: url(STATUS_SCHEMA_PATH),
    apis: model.apis.map((api) => ({
      id: api.id,
      name: api.name,
      shortName: api.shortName,
      url: url(apiUrl(api.id)),
    })),
    codes: model.codes.map((c) => ({
      api: c.api,
      code: c.code,
      label: c.label,
      standardPhrase: c.standard?.phrase ?? null,
      formerPhrases: c.standard?.formerPhrases.map((former) => former.phrase) ?? [],
      alsoCalled: c.alsoCalled,
      class: c.statusClass,
      standard: !!c.standard,
      legacy: c.legacy,
      summary: c.summary,
      retry: { when: c.retry.when, advice: c.retry.advice },
      example: c.example ? { source: c.example.source, url: url(`${c.url}#example`) } : null,
      url: url(c.url),
    })),
    graphqlErrors: model.graphqlErrors.map((e) => ({
      api: e.api,
      status: e.status,
      message: e.message,
      slug: e.slug,
      title: e.title,
      url: url(e.url),
    })),
  };
}
export type StatusExport = ReturnType<typeof buildStatusExport>;
