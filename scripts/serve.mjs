// Serves the built site in dist/ with Astro's programmatic preview server (the CLI may background
// itself when it believes an agent runs it). Usage: node scripts/serve.mjs [--port 4321] [--host localhost]
import { parseArgs } from 'node:util';
import { preview } from 'astro';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } },
});

const server = await preview({
  root: new URL('..', import.meta.url).pathname,
  logLevel: 'warn',
  server: { port: Number(values.port), host: values.host },
});
console.log(`Serving dist/ on http://${values.host}:${server.port}/`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.stop().then(() => process.exit(0)));
}
await server.closed();
