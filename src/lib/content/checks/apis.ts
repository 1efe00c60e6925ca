import type { Api } from '~/schemas/api';
import type { ApiModel } from '../model';
import { fileOf, type CheckContext, type RawEntry } from './context';

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

/** The APIs in navigation order; their ids become known to the checks that follow. */
export function checkApis(raw: RawEntry<Api>[], context: CheckContext): ApiModel[] {
  const apis = raw
    .map((entry) => ({ ...entry.data, id: entry.id, file: fileOf(entry, 'apis') }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  for (const api of apis) {
    if (RESERVED_API_IDS.includes(api.id))
      context.problems.add(api.file, '(file name)', `"${api.id}" is a reserved URL segment; rename the file`);
    context.apiIds.add(api.id);
  }
  return apis;
}

/** An API's list conventions point at guides. */
export function checkListQueries(apis: ApiModel[], context: CheckContext): void {
  for (const api of apis) {
    const query = api.listQuery;
    if (!query) continue;
    for (const [part, slug] of Object.entries(query.guides))
      if (slug) context.guide(api.file, `listQuery.guides.${part}`, slug);
  }
}
