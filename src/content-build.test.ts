/**
 * Content errors stop the build with the file and the field. These run Astro itself over a small
 * fixture content root (src/test-fixtures/minimal-content), broken in one or more places per test.
 * Problems in the content itself stop `astro sync`, the build's first step, before any page is
 * rendered (integrations/content-check.ts); links that lead nowhere are found once the pages are
 * built (integrations/link-check.ts).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const projectRoot = new URL('..', import.meta.url).pathname;
const fixture = join(projectRoot, 'src/test-fixtures/minimal-content');
const work = mkdtempSync(join(tmpdir(), 'content-build-'));
// A copy of the project per test, most with a built site: removing them takes a while under load.
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

/** A throwaway copy of this project's code with its own content, .astro/ and dist/. */
function makeProject(name: string): string {
  const root = join(work, name);
  cpSync(fixture, join(root, 'content'), { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return root;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function write(root: string, file: string, text: string): void {
  writeFileSync(join(root, 'content', file), text);
}

function rename(root: string, from: string, to: string): void {
  renameSync(join(root, 'content', from), join(root, 'content', to));
}

/** The elements of a page that carry `attribute`, as an HTML parser reads the page. */
function elementsWithAttribute(html: string, attribute: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag: (name, attributes) => void (attribute in attributes && found.push(name)),
  });
  parser.end(html);
  return found;
}

/** A valid code page of the fixture's API, with the summary given. */
const codeFile = (code: number, summary: string) =>
  [
    '---',
    'api: rest',
    `code: ${code}`,
    'label: Label',
    `summary: ${JSON.stringify(summary)}`,
    'retry:',
    '  when: backoff',
    '  advice: Try again later.',
    'history:',
    '  - generation: current',
    '    label: Label',
    '---',
    '',
    'When it happens.',
    '',
  ].join('\n');

/** Runs an Astro command; resolves to its exit status and everything it printed, without colour codes
 * (a CI that forces colour would otherwise split the field name from its message). */
async function astro(root: string, command: 'sync' | 'build') {
  const bin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, DOCS_CONTENT: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, command, '--root', root], {
      env,
      cwd: root,
    });
    return { ok: true, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

describe('content errors fail the build, naming the file and the field', { timeout: 90_000 }, () => {
  test('the unbroken fixture builds', async () => {
    const result = await astro(makeProject('valid'), 'build');
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
  });

  test('a code that is not a status code (4299)', async () => {
    const root = makeProject('bad-code');
    edit(root, 'codes/rest/429.md', (t) => t.replace('code: 429', 'code: 4299'));
    const result = await astro(root, 'sync');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('codes/rest/429.md → code: must be an HTTP status code from 100 to 599');
  });

  test('a missing label', async () => {
    const root = makeProject('no-label');
    edit(root, 'codes/rest/429.md', (t) => t.replace('label: Too Many Requests\n', ''));
    const result = await astro(root, 'sync');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('codes/rest/429.md → label: required');
  });

  test('a flow answer that leads to a missing node', async () => {
    const root = makeProject('broken-flow');
    edit(root, 'flows/rate-limited.yaml', (t) => t.replace('next: wait', 'next: sleep'));
    const result = await astro(root, 'sync');
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'flows/rate-limited.yaml → nodes.waited.answers[1].next: leads to missing node "sleep"',
    );
  });

  test('a code of an API that does not exist', async () => {
    const root = makeProject('unknown-api');
    edit(root, 'codes/rest/429.md', (t) => t.replace('api: rest', 'api: soap'));
    const result = await astro(root, 'sync');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('codes/rest/429.md → api: no API "soap"');
  });

  test('a code whose file is named after another code (410.md declaring code 411)', async () => {
    const root = makeProject('code-not-file-name');
    rename(root, 'codes/rest/429.md', 'codes/rest/410.md');
    edit(root, 'codes/rest/410.md', (t) => t.replace('code: 429', 'code: 411'));
    edit(root, 'flows/rate-limited.yaml', (t) => t.replace('rest/429', 'rest/411'));
    const result = await astro(root, 'sync');
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'codes/rest/410.md → code: says 411 but the file is named 410: the two must match',
    );
  });
});

describe(
  'hostile content fails the build, naming the file and the field or link',
  { timeout: 90_000 },
  () => {
    test('HTML in a code’s solutions', async () => {
      const root = makeProject('html-in-solutions');
      edit(root, 'codes/rest/429.md', (t) =>
        t.replace('retry:', 'solutions: [Wait. <img src=x onerror=alert(1)>]\ncausesSource: ours\nretry:'),
      );
      const result = await astro(root, 'sync');
      expect(result.ok).toBe(false);
      expect(result.output).toContain(
        'codes/rest/429.md → solutions[0]: HTML is not allowed in content, only Markdown: "<img src=x onerror=alert(1)>"',
      );
    });

    test('javascript: and data: links in YAML and in a Markdown body, and HTML in the body', async () => {
      const root = makeProject('unsafe-links');
      edit(root, 'flows/rate-limited.yaml', (t) =>
        t.replace('steps: [Wait, then retry.]', 'steps: ["[Retry](javascript:alert(1))"]'),
      );
      edit(root, 'codes/rest/429.md', (t) => `${t}\n[Details](data:text/html,hi) <b onclick="x">now</b>\n`);
      const result = await astro(root, 'sync');
      expect(result.ok).toBe(false);
      expect(result.output).toContain(
        'flows/rate-limited.yaml → nodes.wait.steps[0]: link "javascript:alert(1)": a javascript: URL runs code when followed',
      );
      // Line 16 of the file: 12 lines of frontmatter, a blank line, the body's first line and a blank.
      expect(result.output).toContain(
        'codes/rest/429.md → line 16: link "data:text/html,hi": a data: URL can hold a page with scripts of its own',
      );
      expect(result.output).toContain(
        'codes/rest/429.md → line 16: HTML is not allowed in content, only Markdown: "<b onclick="x">"',
      );
    });

    test('several problems in several files, of every kind, in one report', async () => {
      const root = makeProject('many-problems');
      edit(root, 'codes/rest/429.md', (t) => t.replace('code: 429', 'code: 4299'));
      edit(root, 'apis/rest.yaml', (t) => t.replace(/^shortName: .*\n/m, ''));
      write(root, 'codes/rest/500.md', codeFile(500, 'Oops. [Status](javascript:alert(1))'));
      write(root, 'codes/rest/503.md', codeFile(503, 'Down.').replace('retry:', 'headers: [X-Nope]\nretry:'));
      edit(root, 'flows/rate-limited.yaml', (t) => t.replace('next: wait', 'next: sleep'));
      const result = await astro(root, 'build');
      expect(result.ok).toBe(false);
      const report = result.output.slice(result.output.indexOf('Content check failed'));
      expect(report).toMatch(/^Content check failed \(5 problems\):/);
      for (const line of [
        'codes/rest/429.md → code: must be an HTTP status code from 100 to 599',
        'codes/rest/500.md → summary: link "javascript:alert(1)": a javascript: URL runs code when followed',
        'codes/rest/503.md → headers[0]: no header "X-Nope" in content/headers/',
        'flows/rate-limited.yaml → nodes.waited.answers[1].next: leads to missing node "sleep"',
        'apis/rest.yaml → shortName: required',
      ])
        expect(report).toContain(line);
    });

    test('a label that holds HTML is text on every page, the 404 page’s list of codes too', async () => {
      const root = makeProject('html-in-label');
      const label = 'Too Many </script><img src=x onerror=alert(1)>';
      edit(root, 'codes/rest/429.md', (t) => t.replaceAll('label: Too Many Requests', `label: "${label}"`));
      const result = await astro(root, 'build');
      expect(result.ok).toBe(true);
      // The 404 page carries every code's label as JSON in a script element.
      const notFound = readFileSync(join(root, 'dist-content/404.html'), 'utf8');
      const page = readFileSync(join(root, 'dist-content/rest/429/index.html'), 'utf8');
      // Read as a browser reads it: a `</script>` in a script's text would end it, and the `<img>`
      // after it would be an element.
      for (const html of [notFound, page]) expect(elementsWithAttribute(html, 'onerror')).toEqual([]);
      expect(notFound).toContain('Too Many \\u003c/script>\\u003cimg src=x onerror=alert(1)>');
    });

    test('links to a page or a #fragment that does not exist', async () => {
      const root = makeProject('dead-links');
      edit(
        root,
        'codes/rest/429.md',
        (t) => `${t}\nSee [418](/rest/418/) and [the advice](/rest/429/#nowhere).\n`,
      );
      const result = await astro(root, 'build');
      expect(result.ok).toBe(false);
      expect(result.output).toContain('Link check failed (2 broken links):');
      expect(result.output).toContain(
        'content/codes/rest/429.md → link "/rest/418/": no page or file at /rest/418/ (on /rest/429/)',
      );
      expect(result.output).toContain(
        'content/codes/rest/429.md → link "/rest/429/#nowhere": no element with id "nowhere" on /rest/429/ (on /rest/429/)',
      );
    });
  },
);
