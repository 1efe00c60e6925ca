/** Plain-object content for unit tests of the model and of what pages derive from it. */
import type { CodeData } from '~/schemas/code';
import type { FlowData } from '~/schemas/flow';
import type { GraphqlErrorData } from '~/schemas/graphql-error';
import type { GuideData } from '~/schemas/guide';
import type { HeaderData } from '~/schemas/header';
import type { RawContent, RawEntry } from '~/lib/content/model';

export const site = {
  title: 'Docs',
  shortTitle: 'Docs',
  description: 'Docs.',
  vendor: 'Acme',
  url: 'https://docs.example',
  generations: [
    { id: 'old', name: 'Old', description: 'Old docs.' },
    { id: 'now', name: 'Now', description: 'Current docs.' },
  ],
};

export const api = (id: string, order = 1) => ({
  id,
  filePath: `content/apis/${id}.yaml`,
  data: {
    name: `${id} API`,
    shortName: id,
    description: 'An API.',
    authHeader: 'X-Key',
    order,
    classIntros: {},
  },
});

export const code = (
  apiId: string,
  n: number,
  extra: Partial<CodeData> = {},
  id = `${apiId}/${n}`,
): RawEntry<CodeData> => ({
  id,
  filePath: `content/codes/${id}.md`,
  data: {
    api: apiId,
    code: n,
    label: `Label ${n}`,
    alsoCalled: [],
    summary: 'A summary.',
    causes: [],
    solutions: [],
    headers: [],
    guides: [],
    retry: { when: 'after-fix', advice: 'Fix it.' },
    history: [{ generation: 'now', label: `Label ${n}` }],
    ...extra,
  },
});

export const header = (name: string, file = name.toLowerCase()): RawEntry<HeaderData> => ({
  id: file,
  filePath: `content/headers/${file}.yaml`,
  data: {
    name,
    origin: 'vendor',
    status: 'current',
    uses: [{ direction: 'response', type: 'number', description: 'A header.' }],
  },
});

export const message = (slug: string, extra: Partial<GraphqlErrorData> = {}): RawEntry<GraphqlErrorData> => ({
  id: slug,
  filePath: `content/graphql-errors/${slug}.yaml`,
  data: {
    api: 'gql',
    status: 401,
    message: `Message ${slug}`,
    title: slug,
    meaning: 'Means.',
    cause: 'Cause.',
    fix: ['Fix.'],
    lookalikes: [],
    order: 1,
    ...extra,
  },
});

export const guide = (slug: string, body = 'A guide.'): RawEntry<GuideData> => ({
  id: slug,
  filePath: `content/guides/${slug}.mdx`,
  data: { title: slug, summary: 'A guide.', order: 1, group: 'responses', alsoCalled: [] },
  body,
});

export const flow = (slug: string, data: Partial<FlowData> = {}): RawEntry<FlowData> => ({
  id: slug,
  filePath: `content/flows/${slug}.yaml`,
  data: {
    title: 'Fix it',
    summary: 'Fixes.',
    codes: ['rest/429'],
    start: 'ask',
    nodes: {
      ask: {
        question: 'Is it?',
        answers: [
          { label: 'Yes', next: 'done' },
          { label: 'No', next: 'done' },
        ],
      },
      done: { resolution: 'Done', steps: ['Do it.'] },
    },
    ...data,
  },
});

export function content(overrides: Partial<RawContent> = {}): RawContent {
  return {
    site: [{ id: 'site', filePath: 'content/site.yaml', data: site }],
    apis: [api('rest'), api('gql', 2)],
    codes: [code('rest', 429), code('rest', 404), code('gql', 401)],
    ...overrides,
  };
}

