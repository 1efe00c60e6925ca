import { describe, expect, test } from 'vitest';
import type { SiteModel } from '~/lib/content/model';
import { buildNavigation, MAX_API_SECTIONS, navigationAt } from './navigation';

const model = {
  site: { generations: [{ id: 'a' }, { id: 'b' }] },
  apis: [{ id: 'rest', name: 'REST API', shortName: 'REST' }],
  codes: [
    { api: 'rest', code: 200, label: 'OK', url: '/rest/200/', statusClass: '2xx', legacy: false },
    { api: 'rest', code: 404, label: 'Gone', url: '/rest/404/', statusClass: '4xx', legacy: false },
    { api: 'rest', code: 509, label: 'Limit', url: '/rest/509/', statusClass: '5xx', legacy: true },
  ],
  graphqlErrors: [],
  guides: [],
  headers: [],
  flows: [],
} as unknown as SiteModel;

/** A listed 4xx code of `api`, its page under the API's address. */
const code4xx = (api: string, code: number) => ({
  api,
  code,
  label: 'x',
  url: `/${api}/${code}/`,
  statusClass: '4xx',
  legacy: false,
});

/** The navigation of one API with more codes than the sidebar lists one by one. */
const bigApi = () =>
  buildNavigation({
    ...model,
    apis: [{ id: 'big', name: 'Big API', shortName: 'Big' }],
    codes: Array.from({ length: 61 }, (_, i) => code4xx('big', 400 + i)),
  } as unknown as SiteModel);

describe('buildNavigation', () => {
  const nav = buildNavigation(model);

  test('gives each API its codes grouped by class', () => {
    const rest = nav.find((s) => s.title === 'REST API')!;
    expect(rest.links).toEqual([{ label: 'All REST status codes', href: '/rest/', browse: true }]);
    expect(rest.codeGroups.map((g) => [g.statusClass, g.codes.map((c) => c.code)])).toEqual([
      ['2xx', [200]],
      ['4xx', [404]],
      ['5xx', [509]],
    ]);
  });

  test('lists the classes instead of the codes of a large API', () => {
    const big = bigApi().find((s) => s.title === 'Big API')!;
    expect(big.codeGroups).toEqual([]);
    expect(big.links.map((l) => l.href)).toEqual(['/big/', '/big/#4xx']);
  });

  test('lists the APIs by name, one link each, on a platform with many', () => {
    const apis = Array.from({ length: MAX_API_SECTIONS + 1 }, (_, i) => ({
      id: `api-${i}`,
      name: `API ${i}`,
      shortName: `A${i}`,
    }));
    const codes = apis.map((api) => code4xx(api.id, 404));
    const nav = buildNavigation({ ...model, apis, codes } as unknown as SiteModel);
    expect(nav.map((s) => s.title)).toEqual(['Start', 'APIs', 'Tools']);
    const list = nav.find((s) => s.title === 'APIs')!;
    expect(list.links.map((l) => [l.label, l.href])).toEqual(apis.map((a) => [a.name, `/${a.id}/`]));
    expect(list.codeGroups).toEqual([]);
    // A code's page marks its API's link.
    const at = navigationAt(nav, '/api-3/404/');
    expect(at.current).toBe('/api-3/');
    expect(at.sections.flatMap((s) => s.links.filter((l) => l.current).map((l) => l.href))).toEqual([
      '/api-3/',
    ]);
  });

  test('marks the ways in for when search finds nothing: lists of codes, reference, inspector', () => {
    const full = buildNavigation({
      ...model,
      guides: [{ slug: 'paging', title: 'Paging', url: '/guides/paging/' }],
      headers: [{ name: 'X-Key' }],
      flows: [{ slug: 'fix', title: 'Fix', url: '/troubleshooting/fix/' }],
    } as unknown as SiteModel);
    const marked = full.flatMap((s) => s.links.filter((l) => l.browse).map((l) => l.href));
    expect(marked).toEqual(['/codes/', '/rest/', '/headers/', '/troubleshooting/', '/tools/inspector/']);
  });

  test('leaves out sections whose content is missing', () => {
    expect(nav.map((s) => s.title)).toEqual(['Start', 'REST API', 'Tools']);
    expect(nav.flatMap((s) => s.links.map((l) => l.href))).not.toContain('/guides/');
  });
});

describe('navigationAt', () => {
  const nav = buildNavigation(model);
  const currentLinks = (at: ReturnType<typeof navigationAt>) =>
    at.sections.flatMap((s) => [
      ...s.links.filter((l) => l.current).map((l) => l.href),
      ...s.codeGroups.flatMap((g) => g.codes.filter((c) => c.current).map((c) => c.href)),
    ]);

  test('marks the links to the page, with or without its trailing slash', () => {
    expect(currentLinks(navigationAt(nav, '/rest/404/'))).toEqual(['/rest/404/']);
    expect(navigationAt(nav, '/rest/404/').current).toBe('/rest/404/');
    expect(currentLinks(navigationAt(nav, '/rest'))).toEqual(['/rest/']);
  });

  test('marks nothing on a page the navigation does not link to, and leaves the navigation as it was', () => {
    const at = navigationAt(nav, '/rest/42/');
    expect(at.current).toBe('');
    expect(at.sections).toBe(nav);
    expect(currentLinks(navigationAt(nav, '/rest/404/'))).toEqual(['/rest/404/']);
    expect(currentLinks({ sections: nav, current: '' })).toEqual([]);
  });

  test('marks the link that covers a page without a link of its own: its section or its group', () => {
    const full = buildNavigation({
      ...model,
      apis: [...model.apis, { id: 'graphql', name: 'GraphQL API', shortName: 'GraphQL' }],
      graphqlErrors: [{ api: 'graphql' }],
      guides: [{ slug: 'paging', title: 'Paging', url: '/guides/paging/' }],
      headers: [{ name: 'X-Key' }],
      flows: [{ slug: 'fix', title: 'Fix', url: '/troubleshooting/fix/' }],
    } as unknown as SiteModel);
    for (const [page, place] of [
      ['/codes/404/', '/codes/'],
      ['/headers/x-key/', '/headers/'],
      ['/troubleshooting/fix/', '/troubleshooting/'],
      ['/graphql/errors/jwt-expired/', '/graphql/#messages'],
      ['/guides/', '/guides/'],
      ['/guides/paging/', '/guides/paging/'],
    ])
      expect(currentLinks(navigationAt(full, page!)), page).toEqual([place]);
    // The home page covers nothing: an unknown address is placed nowhere.
    expect(navigationAt(full, '/nowhere/').current).toBe('');
  });

  test("marks a code's class on a large API, whose codes the navigation does not list", () => {
    const big = bigApi();
    expect(currentLinks(navigationAt(big, '/big/429/'))).toEqual(['/big/#4xx']);
  });
});
