// Builds the site (`astro build`, search index included) into a staging folder and puts it in place
// of dist/ (or DOCS_CONTENT's output folder) only when the build succeeds: a build that fails
// part-way leaves the last good site as it was, instead of a folder with no pages whose
// leftover server chunks name source paths. Usage: node scripts/build.mjs [astro build options]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPaths } from '../src/integrations/content-root.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const fixed = args.find((arg) => /^--(?:root|outDir)\b/.test(arg));
if (fixed) {
  console.error(
    `scripts/build.mjs: ${fixed.split('=')[0]} cannot be changed here: the build goes to a staging ` +
      'folder and then to the output folder that DOCS_CONTENT selects (see src/integrations/content-root.ts).',
  );
  process.exit(2);
}

const outDir = join(root, buildPaths().outDir);
// Inside .astro/ (ignored by git, Prettier and TypeScript) and on the same file system as the
// output folder, so that putting the build in place is a rename.
const stagingRoot = join(root, '.astro/staging');
const staging = join(stagingRoot, basename(outDir));
const replaced = `${staging}.replaced`;

// Left over from a build that was killed.
await rm(staging, { recursive: true, force: true });
await rm(replaced, { recursive: true, force: true });
await mkdir(stagingRoot, { recursive: true });

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', staging, ...args], {
  cwd: root,
  stdio: 'inherit',
});
const status = await new Promise((resolve) => {
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`scripts/build.mjs: could not run astro build: ${error.message}`);
    resolve(1);
  });
});

if (status !== 0) {
  await rm(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${basename(outDir)}/ still holds the last good build.` : '';
  console.error(`\nThe build failed. ${kept}`.trimEnd());
  process.exit(status);
}

// Two renames: the output folder is missing only between them, never half-written.
if (existsSync(outDir)) await rename(outDir, replaced);
await rename(staging, outDir);
await rm(replaced, { recursive: true, force: true });
