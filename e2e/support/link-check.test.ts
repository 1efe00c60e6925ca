import { describe, expect, test } from 'vitest';
import { extractLinks, findBrokenLinks, servedPath, type PageLinks } from './link-check';

const origin = 'https://docs.example';

function site(html: Record<string, string>): Map<string, PageLinks> {
  return new Map(Object.entries(html).map(([path, page]) => [path, extractLinks(page)]));
}

describe('extractLinks', () => {
  test('collects ids, anchors and link-like attributes', () => {
    const page = extractLinks(
      '<a id="top" href="/rest/">x</a><a name="old"></a><img src="/a.svg"><form action="/search/"></form><link href="/s.css">',
    );
    expect([...page.ids]).toEqual(['top', 'old']);
    expect(page.links).toEqual(['/rest/', '/a.svg', '/search/', '/s.css']);
  });
});

describe('findBrokenLinks', () => {
  const files = new Set(['/favicon.svg']);

  test('accepts links to pages, files, ids on the same page and other origins', () => {
    const pages = site({
      '/': '<a href="/rest/#code-429">a</a><a href="#intro">b</a><p id="intro"></p><link href="/favicon.svg"><a href="https://rfc-editor.org/x">c</a><a href="mailto:a@b.c">d</a>',
      '/rest/': '<tr id="code-429"></tr><a href="https://docs.example/">home</a>',
    });
    expect(findBrokenLinks(pages, files, origin)).toEqual([]);
  });

  test('reports a link to a page that was not built', () => {
    const pages = site({ '/': '<a href="/rest/418/">teapot</a>' });
    expect(findBrokenLinks(pages, files, origin)).toEqual([
      { page: '/', href: '/rest/418/', reason: 'no page or file at /rest/418/' },
    ]);
  });

  test('reports a fragment that names no element on the target page', () => {
    const pages = site({
      '/': '<a href="/rest/#code-418">x</a><a href="#gone">y</a>',
      '/rest/': '<p id="code-429"></p>',
    });
    expect(findBrokenLinks(pages, files, origin).map((b) => b.reason)).toEqual([
      'no element with id "code-418" on /rest/',
      'no element with id "gone" on /',
    ]);
  });

  test('treats absolute links to the site origin as internal', () => {
    const pages = site({ '/': '<link rel="canonical" href="https://docs.example/nope/">' });
    expect(findBrokenLinks(pages, files, origin)).toHaveLength(1);
  });

  test('requires the trailing slash the site uses', () => {
    const pages = site({ '/': '<a href="/rest">x</a>', '/rest/': '' });
    expect(findBrokenLinks(pages, files, origin)).toHaveLength(1);
  });

  test('resolves relative links against the page', () => {
    const pages = site({ '/rest/429/': '<a href="../404/">x</a><a href="../">up</a>', '/rest/': '' });
    expect(findBrokenLinks(pages, files, origin).map((b) => b.href)).toEqual(['../404/']);
  });

  test('decodes percent-encoded fragments', () => {
    const pages = site({ '/': '<a href="#caf%C3%A9">x</a><p id="café"></p>' });
    expect(findBrokenLinks(pages, files, origin)).toEqual([]);
  });
});

describe('servedPath', () => {
  test.each([
    ['index.html', '/'],
    ['rest/429/index.html', '/rest/429/'],
    ['404.html', '/404.html'],
    ['favicon.svg', '/favicon.svg'],
  ])('serves %s at %s', (file, path) => {
    expect(servedPath(file)).toBe(path);
  });
});
