import { describe, expect, test } from 'vitest';
import {
  BrokenLinksError,
  extractLinks,
  findBrokenLinks,
  formatBrokenLinks,
  servedPath,
  type PageLinks,
} from './link-check';

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

describe('extractLinks as an HTML parser would read the page', () => {
  test('reads single-quoted, unquoted and spaced attribute values, in any case', () => {
    const page = extractLinks(`<A HREF='/a/'>x</A><a href=/b/ id=one>y</a><IMG SRC = "/c.svg"><p ID="Two">`);
    expect(page.links).toEqual(['/a/', '/b/', '/c.svg']);
    expect([...page.ids]).toEqual(['one', 'Two']);
  });

  test('decodes character references in values', () => {
    const page = extractLinks('<a href="/search/?q=a&amp;b=1#x&#x27;y">x</a><h2 id="caf&eacute;">');
    expect(page.links).toEqual(["/search/?q=a&b=1#x'y"]);
    expect([...page.ids]).toEqual(['café']);
  });

  test('skips what is not markup: comments, scripts, styles, a title', () => {
    const page = extractLinks(
      [
        '<!-- <a href="/commented/">x</a> -->',
        '<script>const x = \'<a href="/scripted/" id="s">\';</script>',
        '<style>a[href="/styled/"] { color: red }</style>',
        '<title>About <a href="/titled/"></title>',
        '<a href="/real/" title="a > b" id="real">x</a>',
      ].join(''),
    );
    expect(page.links).toEqual(['/real/']);
    expect([...page.ids]).toEqual(['real']);
  });

  test('reads non-ASCII values and pages given as bytes', () => {
    const html = '<a href="/recherche/?q=été">x</a><p id="naïve">';
    for (const page of [extractLinks(html), extractLinks(new TextEncoder().encode(html))]) {
      expect(page.links).toEqual(['/recherche/?q=été']);
      expect([...page.ids]).toEqual(['naïve']);
    }
  });

  test('ignores attributes of other names and links of elements that have none', () => {
    const page = extractLinks(
      '<a data-href="/no/" hreflang="en" href="/yes/"><div href="/div/" src="/x/"></div>',
    );
    expect(page.links).toEqual(['/yes/']);
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

  test('reports a fragment whose percent-encoding does not decode', () => {
    const pages = site({ '/': '<a href="#%E0%A4%A">x</a>' });
    expect(findBrokenLinks(pages, files, origin)).toEqual([
      { page: '/', href: '#%E0%A4%A', reason: '"#%E0%A4%A" is not a valid fragment' },
    ]);
  });

  test('checks a link that many pages hold on each of them', () => {
    const pages = site({ '/a/': '<a href="/gone/">x</a>', '/b/': '<a href="/gone/">x</a>' });
    expect(findBrokenLinks(pages, files, origin).map((b) => b.page)).toEqual(['/a/', '/b/']);
  });

  test('decodes percent-encoded fragments', () => {
    const pages = site({ '/': '<a href="#caf%C3%A9">x</a><p id="café"></p>' });
    expect(findBrokenLinks(pages, files, origin)).toEqual([]);
  });
});

describe('formatBrokenLinks', () => {
  const sources = new Map([
    ['/rest/429/', 'content/codes/rest/429.md'],
    ['/rest/', 'content/apis/rest.yaml'],
  ]);

  test('names the content file of the page that holds the link, and the page', () => {
    expect(
      formatBrokenLinks(
        [{ page: '/rest/429/', href: '/rest/418/', reason: 'no page or file at /rest/418/' }],
        sources,
      ),
    ).toEqual([
      'content/codes/rest/429.md → link "/rest/418/": no page or file at /rest/418/ (on /rest/429/)',
    ]);
  });

  test('gives a link that several pages hold one line, with every file and page', () => {
    const reason = 'no element with id "gone" on /rest/';
    const broken = ['/rest/429/', '/codes/429/', '/rest/'].map((page) => ({
      page,
      href: '/rest/#gone',
      reason,
    }));
    expect(formatBrokenLinks(broken, sources)).toEqual([
      `content/apis/rest.yaml and content/codes/rest/429.md → link "/rest/#gone": ${reason} (on /codes/429/, /rest/ and /rest/429/)`,
    ]);
  });

  test('names the page where no content file is behind it', () => {
    expect(
      formatBrokenLinks(
        [{ page: '/codes/', href: '#x', reason: 'no element with id "x" on /codes/' }],
        sources,
      ),
    ).toEqual(['/codes/ → link "#x": no element with id "x" on /codes/']);
  });

  test('the error lists every broken link', () => {
    const error = new BrokenLinksError(
      [
        { page: '/rest/429/', href: '/a/', reason: 'no page or file at /a/' },
        { page: '/rest/', href: '/b/', reason: 'no page or file at /b/' },
      ],
      sources,
    );
    expect(error.message).toBe(
      [
        'Link check failed (2 broken links):',
        '  - content/codes/rest/429.md → link "/a/": no page or file at /a/ (on /rest/429/)',
        '  - content/apis/rest.yaml → link "/b/": no page or file at /b/ (on /rest/)',
      ].join('\n'),
    );
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
