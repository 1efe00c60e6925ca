import { describe, expect, test } from 'vitest';
import { buildModel } from '~/lib/content/model';
import { api, code, content, flow, header, message } from '~/test-fixtures/model';
import { pageSections, trailFrom } from './page';
import { apiPage } from './pages/api';
import { codePage } from './pages/code';
import { errorPage } from './pages/error';
import { headerPage } from './pages/header';
import { flowsPage, headersPage } from './pages/sections';

describe('pageSections', () => {
  test('one list gives the shown sections by id and the contents, in order', () => {
    const { byId, toc } = pageSections([
      { id: 'a', title: 'First' },
      { id: 'b', title: 'Hidden', shown: false },
      { id: 'c', title: 'Third', shown: true },
    ]);
    expect(byId).toEqual({ a: { id: 'a', title: 'First' }, c: { id: 'c', title: 'Third' } });
    expect(toc).toEqual([
      { depth: 2, slug: 'a', text: 'First' },
      { depth: 2, slug: 'c', text: 'Third' },
    ]);
  });

  test('trailFrom starts at home', () => {
    expect(trailFrom({ label: 'Guides', href: '/guides/' })).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Guides', href: '/guides/' },
    ]);
  });
});

describe('codePage', () => {
  const model = buildModel(
    content({
      headers: [header('X-Retry-After')],
      codes: [
        code('rest', 404),
        code('rest', 429, { causes: ['Too fast.'], causesSource: 'ours', headers: ['x-retry-after'] }),
        code('rest', 500),
        code('gql', 401),
      ],
      graphqlErrors: [message('expired', { status: 401 })],
      flows: [flow('slow-down')],
    }),
  );
  const at = (key: string) => model.codeByKey.get(key)!;

  test('shows a section only when it has something to say, and lists exactly those in the contents', () => {
    const page = codePage(model, at('rest/429'));
    expect(page.frame.toc!.map((t) => t.slug)).toEqual([
      'when',
      'causes-and-fixes',
      'retry',
      'related',
      'history',
      'standard',
    ]);
    expect(page.sections.messages).toBeUndefined();
    expect(codePage(model, at('gql/401')).sections.messages?.title).toBe('Error messages');
  });

  test('names the API in the title and trail, and links the neighbours within the API', () => {
    const page = codePage(model, at('rest/429'));
    expect(page.frame.title).toBe('429 Label 429 (rest)');
    expect(page.frame.trail).toEqual([
      { label: 'Home', href: '/' },
      { label: 'rest API', href: '/rest/' },
    ]);
    expect(page.frame.previous).toEqual({ href: '/rest/404/', label: '404 Label 404' });
    expect(page.frame.next).toEqual({ href: '/rest/500/', label: '500 Label 500' });
    expect(page.frame.search).toEqual({ kind: 'Code', api: 'rest', statusClass: '4xx', code: 429 });
  });

  test("resolves related headers, shows the registry's phrase where the label differs, and leads with next steps for errors", () => {
    const page = codePage(model, at('rest/429'));
    expect(page.relatedHeaders.map((h) => h.name)).toEqual(['X-Retry-After']);
    expect(page.standardPhrase).toBe('Too Many Requests');
    expect(page.showNextSteps).toBe(true);
    expect(page.flows.map((f) => f.slug)).toEqual(['slow-down']);
  });
});

describe('other pages', () => {
  const model = buildModel(
    content({
      apis: [api('rest'), api('gql', 2)],
      headers: [header('X-Retry-After')],
      codes: [code('rest', 429, { headers: ['X-Retry-After'] }), code('gql', 401)],
      graphqlErrors: [message('expired', { status: 401 }), message('missing', { status: 401 })],
      flows: [flow('slow-down')],
    }),
  );

  test("an API's page lists a section per class, then its messages", () => {
    const page = apiPage(model, model.apiById.get('gql')!);
    expect(page.frame.toc!.map((t) => t.slug)).toEqual(['4xx', 'messages']);
    expect(page.frame.search?.codeListPlace).toBe(2);
  });

  test("a message's page trails through its API and status, and steps to its siblings", () => {
    const page = errorPage(model, model.errorBySlug.get('expired')!);
    expect(page.frame.trail!.map((t) => t.href)).toEqual(['/', '/gql/', '/gql/401/']);
    expect(page.status.code).toBe(401);
    expect(page.frame.next?.href).toBe('/gql/errors/missing/');
  });

  test("a header's page lists where it comes up, with each code's API", () => {
    const page = headerPage(model, model.headerBySlug.get('x-retry-after')!);
    expect(page.codes.map((c) => `${c.apiShortName} ${c.code}`)).toEqual(['rest 429']);
    expect(page.frame.toc!.map((t) => t.slug)).toEqual(['response', 'mentioned']);
  });

  test('section pages derive their contents from their groups', () => {
    expect(headersPage(model).frame.toc!.map((t) => t.slug)).toEqual(['response-vendor']);
    expect(flowsPage(model).served.map((s) => s.code.id)).toEqual(['rest/429']);
  });
});
