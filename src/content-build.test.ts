/**
 * Content errors stop the build with the file and the field. These run Astro itself over a small
 * fixture content root (src/test-fixtures/minimal-content), broken in one place per test.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const projectRoot = new URL('..', import.meta.url).pathname;
const fixture = join(projectRoot, 'src/test-fixtures/minimal-content');
const work = mkdtempSync(join(tmpdir(), 'content-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    expect(result.output).toContain('codes/rest/429.md');
    expect(result.output).toMatch(/code: must be an HTTP status code from 100 to 599/);
  });

  test('a missing label', async () => {
    const root = makeProject('no-label');
    edit(root, 'codes/rest/429.md', (t) => t.replace('label: Too Many Requests\n', ''));
    const result = await astro(root, 'sync');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('codes/rest/429.md');
    expect(result.output).toMatch(/\blabel\b.+Required/);
  });

  test('a flow answer that leads to a missing node', async () => {
    const root = makeProject('broken-flow');
    edit(root, 'flows/rate-limited.yaml', (t) => t.replace('next: wait', 'next: sleep'));
    const result = await astro(root, 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'flows/rate-limited.yaml → nodes.waited.answers[1].next: leads to missing node "sleep"',
    );
  });

  test('a code of an API that does not exist', async () => {
    const root = makeProject('unknown-api');
    edit(root, 'codes/rest/429.md', (t) => t.replace('api: rest', 'api: soap'));
    const result = await astro(root, 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('codes/rest/429.md → api: no API "soap"');
  });
});
