import type { SiteModel, StatusCode } from '~/lib/content/model';
import {
  apiOf,
  differsFromStandard,
  errorsFor,
  findHeader,
  flowsFor,
  neighbours,
  retryRowUrl,
} from '~/lib/content/queries';
import { pageSections, trailFrom, type PageFrame } from '../page';
import { codeFacts } from '../search-facts';
import { apiUrl } from '../urls';

/** One formatter for every page: making one costs about as much as the rest of the page's data. */
const LIST = new Intl.ListFormat('en-US');

const codeLink = (c: StatusCode | undefined) => c && { href: c.url, label: `${c.code} ${c.label}` };

/** A code's page (`/rest/429/`): its sections, what they link to, and its place among its API's codes. */
export function codePage(model: SiteModel, code: StatusCode) {
  const api = apiOf(model, code.api);
  const { previous, next } = neighbours(model, code);
  const messages = errorsFor(model, code);
  const relatedHeaders = code.headers.map((name) => findHeader(model, name)!);
  const relatedGuides = code.guides.map((slug) => model.guideBySlug.get(slug)!);
  const isError = code.statusClass === '4xx' || code.statusClass === '5xx';
  const sections = pageSections([
    { id: 'when', title: 'When it happens' },
    {
      id: 'causes-and-fixes',
      title: 'Causes and fixes',
      shown: code.causes.length > 0 || code.solutions.length > 0,
    },
    { id: 'messages', title: 'Error messages', shown: messages.length > 0 },
    { id: 'example', title: 'Example', shown: !!code.example },
    { id: 'retry', title: 'Retry advice' },
    {
      id: 'related',
      title: 'Related headers and guides',
      shown: relatedHeaders.length > 0 || relatedGuides.length > 0,
    },
    { id: 'history', title: 'History' },
    { id: 'standard', title: 'Standard meaning' },
  ]);
  const flows = flowsFor(model, code);
  const frame: PageFrame = {
    title: `${code.code} ${code.label} (${api.shortName})`,
    description: code.summary,
    trail: trailFrom({ label: api.name, href: apiUrl(api.id) }),
    crumb: String(code.code),
    toc: sections.toc,
    previous: codeLink(previous),
    next: codeLink(next),
    sourceFile: code.file,
    search: codeFacts(model, code),
  };
  return {
    frame,
    api,
    sections: sections.byId,
    flows,
    /** What to do next leads an error's page, or any page a flow serves. */
    showNextSteps: isError || flows.length > 0,
    messages,
    relatedHeaders,
    relatedGuides,
    retryRow: retryRowUrl(model, code),
    /** The registry's phrase, shown beside the API's label where they differ. */
    standardPhrase: differsFromStandard(code) ? code.standard!.phrase : undefined,
    /** The standard's earlier names for the code, which client libraries may print instead. */
    formerly: LIST.format(code.standard?.formerPhrases.map((f) => f.phrase) ?? []),
  };
}
