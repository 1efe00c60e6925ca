// Makes sure a Chromium exists before the browser tests: uses one that is there, else installs
// Debian's package when apt-get is available and we may use it, else leaves Playwright to its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/usr/bin/apt-get') && isRoot) {
  console.log('Chromium: not found, installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no chromium binary was found');
  console.log(`Chromium: ${installed}`);
} else {
  console.warn(
    'Chromium: no system Chromium and no way to install one here; falling back to Playwright’s own browser ' +
      '(run `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH).',
  );
}
