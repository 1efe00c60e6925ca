import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bodyStartLine, fileBody, findMarkupProblems } from './markup';

const lines = (...text: string[]) => text.join('\n');

describe('findMarkupProblems in a code page (Markdown)', () => {
  test('finds nothing in Markdown with safe links, code and escaped brackets', () => {
    const body = lines(
      'The API sends `<error>` bodies; see [429](/rest/429/#retry) and [RFC 9110][rfc].',
      '',
      '```http',
      '<html><script>alert(1)</script></html>',
      '```',
      '',
      '[rfc]: https://www.rfc-editor.org/rfc/rfc9110',
    );
    expect(findMarkupProblems(body, 'markdown')).toEqual([]);
  });

  test('names HTML in a paragraph and as a block, with its line', () => {
    expect(
      findMarkupProblems(lines('Text <img src=x onerror=alert(1)> text.', '', '<div onclick="x">block</div>'), 'markdown'),
    ).toEqual([
      { line: 1, message: 'HTML is not allowed in content, only Markdown: "<img src=x onerror=alert(1)>"' },
      { line: 3, message: 'HTML is not allowed in content, only Markdown: "<div onclick="x">block</div>"' },
    ]);
  });

  test('names links, autolinks, link definitions and images to unsafe addresses', () => {
    const body = lines('[a](javascript:alert(1)) <vbscript:x> [b][ref]', '', '![c](data:image/png,AA)', '', '[ref]: data:text/html,x');
    expect(findMarkupProblems(body, 'markdown').map((p) => `${p.line} ${p.message}`)).toEqual([
      '1 link "javascript:alert(1)": a javascript: URL runs code when followed',
      '1 link "vbscript:x": a vbscript: URL runs code when followed',
      '3 image "data:image/png,AA": a data: URL can hold a page with scripts of its own',
      '5 link "data:text/html,x": a data: URL can hold a page with scripts of its own',
    ]);
  });

  test('reads a character reference in an address as the browser does', () => {
    expect(findMarkupProblems('[a](&#106;avascript:alert(1))', 'markdown')).toEqual([
      { line: 1, message: 'link "javascript:alert(1)": a javascript: URL runs code when followed' },
    ]);
  });
});

describe('findMarkupProblems in a guide (MDX)', () => {
  test('accepts Markdown and the guide components with plain attribute values', () => {
    const body = lines(
      '<Callout type="tip" title="Retry">Wait for [the reset](/guides/rate-limits/#reset).</Callout>',
      '',
      '<Example source="documented">',
      '',
      '```json',
      '{ "errors": [] }',
      '```',
      '',
      '</Example>',
      '',
      'Use <HeaderRef name="X-Retry-After" /> and `{count}`.',
    );
    expect(findMarkupProblems(body, 'mdx')).toEqual([]);
  });

  test('refuses HTML elements, other components, expressions and import or export', () => {
    const body = lines(
      '<img src="x" onerror="alert(1)" />',
      '',
      'Text <b>bold</b> {1 + 1}',
      '',
      '<Fragment set:html="<img src=x onerror=alert(1)>" />',
      '',
      '<Callout title={"x"} {...props}>Hi</Callout>',
      '',
      'export const x = 1',
    );
    expect(findMarkupProblems(body, 'mdx').map((p) => `${p.line} ${p.message}`)).toEqual([
      '1 HTML is not allowed in a guide, only Markdown and the guide components: <img>',
      '3 HTML is not allowed in a guide, only Markdown and the guide components: <b>',
      '3 "{1 + 1}" is a JavaScript expression: put braces that are text in a code span',
      '5 <Fragment> is not a guide component (they are Callout, CodeRef, Example, HeaderRef, HeaderTable, OperatorTable, RetryTable)',
      '7 <Callout>: give attributes plain values (name="value"), not {…} expressions',
      '7 <Callout>: give attributes plain values (name="value"), not {…} expressions',
      '9 import and export are not allowed in a guide: "export const x = 1"',
    ]);
  });

  test('refuses unsafe links as in Markdown', () => {
    expect(findMarkupProblems('[x](javascript:alert(1))', 'mdx')).toEqual([
      { line: 1, message: 'link "javascript:alert(1)": a javascript: URL runs code when followed' },
    ]);
  });
});

describe('bodyStartLine', () => {
  test('counts the frontmatter lines before the body', () => {
    const file = lines('---', 'code: 429', 'label: x', '---', '', 'The body.', 'More.');
    expect(bodyStartLine(file, 'The body.\nMore.')).toBe(6);
  });

  test('starts at line 1 when the body is not found', () => {
    expect(bodyStartLine('---\n---\n', 'gone')).toBe(1);
  });
});

describe('fileBody', async () => {
  // Astro's own frontmatter parser, the copy its content loader uses: a file's body is what
  // parseFrontmatter leaves of it (with the frontmatter blanked out), trimmed.
  const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
  const { parseFrontmatter } = (await import(
    pathToFileURL(fromAstro.resolve('@astrojs/internal-helpers/frontmatter')).href
  )) as { parseFrontmatter(code: string, options: { frontmatter: string }): { content: string } };
  const loaderBody = (text: string) => parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim();

  test('is the body the content loader gives, for every Markdown and MDX file of both content sets', () => {
    const files = ['content', 'examples'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.mdx?$/.test(file))
        .map((file) => join(folder, file)),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(fileBody(text), file).toBe(loaderBody(text));
    }
  });

  test.each([
    ['no frontmatter', 'Just a body.\n'],
    ['a byte-order mark', '\uFEFF---\ncode: 429\n---\nBody.'],
    ['blank lines first', '\n  \n---\ncode: 429\n---\n\nBody.\n'],
    ['TOML fences', '+++\ncode = 429\n+++\nBody.'],
    ['fences that do not match', '---\ncode: 429\n+++\nBody.'],
    ['an empty frontmatter', '---\n---\nBody.'],
    ['a rule in the body', '---\ncode: 429\n---\nAbove.\n\n---\n\nBelow.'],
    ['Windows line ends', '---\r\ncode: 429\r\n---\r\n\r\nBody.\r\n'],
    ['text before the fence', 'Intro\n---\ncode: 429\n---\nBody.'],
  ])('is the loader’s body with %s', (_, text) => {
    expect(fileBody(text)).toBe(loaderBody(text));
  });
});
