/**
 * `npm run build` replaces the built site only when the build succeeds. Runs the project's own build
 * script in a throwaway copy of the project over the small fixture content
 * (src/test-fixtures/minimal-content), broken in one place for the build that must fail.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const projectRoot = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'safe-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of this project's code and scripts with the fixture content, its own .astro/ and dist/. */
function makeProject(): string {
  const root = join(work, 'project');
  cpSync(join(projectRoot, 'src/test-fixtures/minimal-content'), join(root, 'content'), { recursive: true });
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return root;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** `npm run build` in the copy, for the default content (into dist/). */
async function npmBuild(root: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.DOCS_CONTENT;
  try {
    const { stdout, stderr } = await run('npm', ['run', 'build'], { cwd: root, env });
    return { ok: true, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

/** Every file under `dir` (dot-folders included) → a digest of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

describe('npm run build', { timeout: 240_000 }, () => {
  test('keeps the last good dist/ when a build fails, and replaces it when one succeeds', async () => {
    const root = makeProject();
    const dist = join(root, 'dist');
    const page = join(dist, 'rest/429/index.html');

    const good = await npmBuild(root);
    expect(good.output).toContain('Complete!');
    expect(good.ok).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('Too Many Requests');
    const lastGood = snapshot(dist);
    const manifest = join(root, '.astro/route-manifest.json');
    const lastGoodManifest = readFileSync(manifest, 'utf8');

    // Fails once every page is written, at the link check, after Astro has emptied its output
    // folder: a new code's page links to a page that does not exist.
    const newCode = join(root, 'content/codes/rest/428.md');
    writeFileSync(
      newCode,
      readFileSync(join(root, 'content/codes/rest/429.md'), 'utf8')
        .replace('code: 429', 'code: 428')
        .concat('\nSee [the teapot](/rest/418/).\n'),
    );
    const failed = await npmBuild(root);
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain('link "/rest/418/": no page or file at /rest/418/');
    // Every file as it was, and nothing added (such as the build's .prerender/ server chunks).
    expect(snapshot(dist)).toEqual(lastGood);
    // The list of pages that the end-to-end tests read describes dist/, not the build that failed
    // (which had a page for 428).
    expect(readFileSync(manifest, 'utf8')).toBe(lastGoodManifest);
    expect(failed.output).toContain('dist/ still holds the last good build');
    expect(readdirSync(join(root, '.astro/staging'))).toEqual([]);

    rmSync(newCode);
    edit(root, 'codes/rest/429.md', (t) =>
      t.replace('label: Too Many Requests', 'label: Request Quota Spent'),
    );
    const fixed = await npmBuild(root);
    expect(fixed.ok).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('Request Quota Spent');
    expect(existsSync(join(dist, '.prerender'))).toBe(false);
    expect(readdirSync(join(root, '.astro/staging'))).toEqual([]);
  });
});
