// Serves the built site (dist/, or DOCS_CONTENT's output folder) with scripts/static-server.mjs:
// `npm run preview` serves the last build, `npm start` (--build) builds first.
// Usage: node scripts/serve.mjs [--build] [--port 4321] [--host localhost]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPaths } from '../src/integrations/content-root.ts';
import { serveSite } from './static-server.mjs';

const USAGE = `Usage: npm start -- [--port 4321] [--host localhost]   (builds the site, then serves it)
       npm run preview -- [--port 4321] [--host localhost]   (serves the last build)`;

/** Says what is wrong with the command and how to call it, without a stack trace. */
function usageError(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: 'localhost' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  // Node's messages name the option: "Unknown option '--prot'", "Option '--port <value>' argument missing".
  usageError(error instanceof Error ? error.message : String(error));
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65535)
  usageError(`--port must be a whole number from 0 to 65535 (0 picks a free port), not "${options.port}".`);
if (!options.host.trim()) usageError('--host needs a name or address, such as localhost or 127.0.0.1.');

const root = fileURLToPath(new URL('..', import.meta.url));
if (options.build) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const dir = join(root, buildPaths().outDir);
const shown = `${relative(root, dir)}/`;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${shown} holds no built site: run npm run build first (npm start builds, then serves).`);
  process.exit(1);
}

const port = Number(options.port);
let site;
try {
  site = await serveSite({ dir, port, host: options.host });
} catch (error) {
  const code = /** @type {{ code?: string }} */ (error).code;
  const reason =
    code === 'EADDRINUSE'
      ? `port ${port} is in use: stop what uses it, or pick another port with --port`
      : code === 'EACCES'
        ? `port ${port} needs more privileges: pick a port above 1023 with --port`
        : code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL'
          ? `"${options.host}" is not an address of this machine: try --host localhost`
          : error instanceof Error
            ? error.message
            : String(error);
  console.error(`Cannot serve ${shown}: ${reason}.`);
  process.exit(1);
}
console.log(`Serving ${shown} on ${site.url}/ (Ctrl+C stops it)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => site.close().then(() => process.exit(0)));
}
