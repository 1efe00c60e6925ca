import type { GraphqlError, SiteModel } from '~/lib/content/model';
import { apiOf, flowsFor } from '~/lib/content/queries';
import { pageSections, trailFrom, type PageFrame } from '../page';
import { errorFacts } from '../search-facts';
import { apiUrl } from '../urls';

const errorLink = (e: GraphqlError | undefined) => e && { href: e.url, label: e.title };

/** A GraphQL message's page (`/graphql/errors/jwt-expired/`): meaning, fix and lookalikes. */
export function errorPage(model: SiteModel, error: GraphqlError) {
  const api = apiOf(model, error.api);
  const status = model.codeByKey.get(`${error.api}/${error.status}`)!;
  const lookalikes = error.lookalikes.map((slug) => model.errorBySlug.get(slug)!);
  const siblings = model.graphqlErrors.filter((e) => e.api === error.api);
  const i = siblings.indexOf(error);
  const sections = pageSections([
    { id: 'meaning', title: 'What it means' },
    { id: 'fix', title: 'How to fix it' },
    { id: 'example', title: 'Example', shown: !!error.example },
    { id: 'lookalikes', title: 'Messages that look alike', shown: lookalikes.length > 0 },
  ]);
  const frame: PageFrame = {
    title: `${error.title} (${api.shortName} ${error.status})`,
    description: `${error.title}: ${error.meaning}`,
    trail: trailFrom(
      { label: api.name, href: apiUrl(api.id) },
      { label: String(status.code), href: status.url },
    ),
    crumb: error.title,
    toc: sections.toc,
    previous: errorLink(siblings[i - 1]),
    next: errorLink(siblings[i + 1]),
    sourceFile: error.file,
    search: errorFacts(model, error),
  };
  return { frame, sections: sections.byId, api, status, lookalikes, flows: flowsFor(model, status) };
}
