import { describe, expect, test } from 'vitest';
import { buildModel } from '~/lib/content/model';
import { filterValuesOf, searchAttributes } from '~/lib/search/markup';
import { apiPage } from '~/lib/site/pages/api';
import { codePage } from '~/lib/site/pages/code';
import { errorPage } from '~/lib/site/pages/error';
import { flowPage } from '~/lib/site/pages/flow';
import { guidePage } from '~/lib/site/pages/guide';
import { headerPage } from '~/lib/site/pages/header';
import { homePage, inspectorPage } from '~/lib/site/pages/tools';
import { api, code, content, flow, guide, header, message } from '~/test-fixtures/model';
import { buildSearchData, siteFilterValues } from './search-data';

const model = buildModel(
  content({
    apis: [api('rest'), api('gql', 2)],
    codes: [
      code('rest', 429, { alsoCalled: ['rate limited'] }),
      code('rest', 404),
      code('gql', 401, { label: 'Unauthorized' }),
    ],
    graphqlErrors: [message('expired', { message: 'JWT is expired' })],
    headers: [header('X-Retry-After')],
    guides: [
      { ...guide('retries'), data: { ...guide('retries').data, title: 'Retries', alsoCalled: ['Backoff'] } },
    ],
    flows: [flow('slow-down')],
  }),
);
const data = buildSearchData(model);

describe('buildSearchData', () => {
  test('writes the vocabulary file: the APIs, the messages, the words and keys of the names', () => {
    const { vocabulary } = data;
    expect(vocabulary.apis).toEqual([
      { id: 'rest', name: 'rest API', shortName: 'rest' },
      { id: 'gql', name: 'gql API', shortName: 'gql' },
    ]);
    expect(vocabulary.messages).toEqual([
      {
        api: 'gql',
        apiName: 'gql API',
        apiShortName: 'gql',
        status: 401,
        class: '4xx',
        message: 'JWT is expired',
        title: 'expired',
        url: '/gql/errors/expired/',
      },
    ]);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['rate', 'limited', 'unauthorized', 'label']));
    expect(vocabulary.names).toEqual(expect.arrayContaining(['rate', 'unauthorized', 'too']));
    expect(vocabulary.codes).toEqual([401, 404, 429]);
  });

  test('names the registered codes no API lists by the registry’s phrases, newest first, in the file itself', () => {
    const { undocumented } = data.vocabulary;
    expect(undocumented).toContainEqual({ code: 504, names: ['Gateway Timeout'] });
    expect(undocumented).toContainEqual({
      code: 413,
      names: ['Content Too Large', 'Payload Too Large', 'Request Entity Too Large'],
    });
    // Listed codes are named by their entries; the registry's reserved entries are no code.
    expect(undocumented.map((u) => u.code)).not.toContain(429);
    expect(undocumented.map((u) => u.code)).not.toContain(306);
    expect(data.names.has('gateway')).toBe(false);
  });

  test('takes the filter values from the facts the pages write, so that they are the index’s', () => {
    expect(data.vocabulary.filters).toEqual({
      topic: ['backoff', 'retry'],
      operator: [],
      parameter: [],
      header: ['x-retry-after'],
    });
    expect(data.vocabulary.choices).toEqual({
      api: ['gql', 'rest'],
      kind: ['Code', 'Error message', 'Flow', 'Guide', 'Header', 'Reference', 'Tool'],
      class: ['4xx'],
    });
    const frames = [
      homePage(model).frame,
      inspectorPage(model).frame,
      ...model.apis.map((a) => apiPage(model, a).frame),
      ...model.codes.map((c) => codePage(model, c).frame),
      ...model.graphqlErrors.map((e) => errorPage(model, e).frame),
      ...model.guides.map((g) => guidePage(model, g, []).frame),
      ...model.headers.map((h) => headerPage(model, h).frame),
      ...model.flows.map((f) => flowPage(model, f).frame),
    ];
    const written = filterValuesOf(frames.flatMap((frame) => searchAttributes(frame.search!)));
    expect(siteFilterValues(model)).toEqual(written);
  });

  test('writes a name shard per first word and a code shard per code', () => {
    expect(data.names.get('rate')).toEqual([['rate limited', expect.any(Number), [429]]]);
    expect(data.codes.get(401)!.map((e) => [e.api, e.url, e.label])).toEqual([
      ['gql', '/gql/401/', 'Unauthorized'],
    ]);
    expect(Object.keys(data.codes.get(429)![0]!)).not.toContain('retry');
  });
});
