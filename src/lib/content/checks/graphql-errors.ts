import type { GraphqlErrorData } from '~/schemas/graphql-error';
import { errorUrl } from '~/lib/site/urls';
import type { GraphqlError } from '../model';
import { codeKey, fileOf, type CheckContext, type RawEntry } from './context';
import { checkExample } from './examples';

/** The GraphQL messages: each once, with a code page for its status and lookalikes that exist. */
export function checkGraphqlErrors(raw: RawEntry<GraphqlErrorData>[], context: CheckContext): GraphqlError[] {
  const { problems } = context;
  for (const entry of raw) context.errorSlugs.add(entry.id);
  const messages = new Map<string, string>();
  const errors = raw.map((entry) => {
    const data = entry.data;
    const file = fileOf(entry, 'graphql-errors');
    context.api(file, 'api', data.api);
    if (context.apiIds.has(data.api)) context.code(file, 'status', codeKey(data.api, data.status));
    const twin = messages.get(data.message);
    if (twin) problems.add(file, 'message', `the same message is already defined in ${twin}`);
    messages.set(data.message, file);
    data.lookalikes.forEach((slug, i) => {
      if (slug === entry.id) problems.add(file, `lookalikes[${i}]`, 'a message cannot be its own lookalike');
      else if (!context.errorSlugs.has(slug)) problems.add(file, `lookalikes[${i}]`, `no message "${slug}"`);
    });
    checkExample(file, data.example, problems);
    return { ...data, id: entry.id, slug: entry.id, file, url: errorUrl(data.api, entry.id) };
  });
  return errors.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
