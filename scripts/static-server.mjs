// The server that `npm start`, `npm run preview`, the end-to-end tests and the benchmark run over a
// built site: it answers as a static host does (Netlify, Cloudflare Pages), so that what is tested
// here is what a deployment serves. Files are sent by `send` (Express's static file engine: types,
// ranges, conditional requests), compressed by `compression` (Express's: gzip or Brotli, as the
// client accepts), with the headers the site's `_headers` file gives their address; this module
// only decides which file an address names.
import { parseAllHeaders } from '@netlify/headers-parser';
import compression from 'compression';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import send from 'send';

/** Files that configure a static host rather than belong to the site: hosts never serve them. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * @typedef {{ kind: 'file', parts: string[] }
 *   | { kind: 'redirect', location: string }
 *   | { kind: 'not-found' }
 *   | { kind: 'bad-request' }} Target
 */

const isFile = (path) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * What a request target names in `dir`: a file, the same address with a trailing slash (a folder
 * with an index.html), nothing, or nothing decodable.
 * @param {string} dir
 * @param {string} target the request line's target, e.g. "/rest/429/?x=1"
 * @returns {Promise<Target>}
 */
async function locate(dir, target) {
  if (!target.startsWith('/')) return { kind: 'bad-request' };
  // Resolves "." and ".." segments (encoded ones too) as a browser would, and keeps the path a path:
  // "//example.com" stays on this host.
  let url;
  try {
    url = new URL(`http://site.invalid${target}`);
  } catch {
    return { kind: 'bad-request' };
  }
  const { pathname, search } = url;
  const raw = pathname.split('/').slice(1);
  const folder = pathname.endsWith('/');
  if (folder) raw.pop();
  const parts = [];
  for (const part of raw) {
    let name;
    try {
      name = decodeURIComponent(part);
    } catch {
      return { kind: 'bad-request' };
    }
    // An empty segment, an encoded slash or NUL names no file; neither does a dot-file (the build's
    // leftovers), nor a host's configuration file.
    if (!name || /[/\\\0]/.test(name) || name.startsWith('.')) return { kind: 'not-found' };
    parts.push(name);
  }
  if (parts.length === 1 && HOST_FILES.has(parts[0])) return { kind: 'not-found' };

  const path = join(dir, ...parts);
  if (folder)
    return (await isFile(join(path, 'index.html')))
      ? { kind: 'file', parts: [...parts, 'index.html'] }
      : { kind: 'not-found' };
  if (await isFile(path)) return { kind: 'file', parts };
  if (await isFile(join(path, 'index.html'))) return { kind: 'redirect', location: `${pathname}/${search}` };
  return { kind: 'not-found' };
}

/** @typedef {import('@netlify/headers-parser').Header} HeaderRule */

/**
 * The rules of a `_headers` file, in the format Netlify and Cloudflare Pages read (a path pattern,
 * then its indented `Name: value` lines), read by Netlify's own parser. No file, no rules.
 * @param {string} file
 * @returns {Promise<HeaderRule[]>}
 */
export async function readHeaderRules(file) {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [file],
    configHeaders: [],
    minimal: false,
  });
  if (errors.length) throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
  return /** @type {HeaderRule[]} */ (headers);
}

/**
 * The headers `rules` give a path: those of every rule whose pattern matches it, in order. A header
 * that several matching rules set gets their values joined with commas, as Cloudflare Pages does.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Map<string, [string, string]>} */
  const found = new Map();
  for (const rule of rules) {
    if (!rule.forRegExp.test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      const before = found.get(key);
      found.set(key, before ? [before[0], `${before[1]}, ${value}`] : [name, value]);
    }
  }
  return Object.fromEntries(found.values());
}

/** The path a request target names, for matching header rules; undefined if it is no path. */
function pathOf(target) {
  if (!target.startsWith('/')) return undefined;
  try {
    return new URL(`http://site.invalid${target}`).pathname;
  } catch {
    return undefined;
  }
}

/** A short plain-text answer (errors: never a stack trace). */
function plain(req, res, status, text, headers = {}) {
  const body = `${text}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The site's own 404 page, with status 404. */
async function notFound(dir, req, res) {
  let page;
  try {
    page = await readFile(join(dir, '404.html'));
  } catch {
    return plain(req, res, 404, 'Not found');
  }
  res.writeHead(404, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': page.length,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : page);
}

/** Sends a file `locate` found; if it went away since (a rebuild replaced dist/), the 404 page. */
function sendFile(dir, req, res, parts) {
  const stream = send(req, `/${parts.map(encodeURIComponent).join('/')}`, {
    root: dir,
    index: false,
    redirect: false,
    dotfiles: 'ignore',
  });
  stream.on('error', (/** @type {{ status?: number }} */ error) => {
    if (res.headersSent) res.destroy();
    else if (error.status === 404) void notFound(dir, req, res);
    else plain(req, res, error.status ?? 500, error.status === 400 ? 'Bad request' : 'Server error');
  });
  stream.pipe(res);
}

/**
 * Serves the built site in `dir` on `host:port` (port 0: any free port).
 * @param {{ dir: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serveSite({ dir, port = 4321, host = 'localhost' }) {
  const root = resolve(dir);
  // Read once: a rebuild that changes the rules needs the server restarted, as a deployment would.
  const rules = await readHeaderRules(join(root, '_headers'));
  // Text is sent compressed to clients that accept it, as every static host does: page weight and
  // Lighthouse's timings depend on it. Pagefind's files are compressed already and keep their bytes.
  const compress = compression({
    filter: (req, res) =>
      !String(res.getHeader('Content-Type') ?? 'application/octet-stream').startsWith(
        'application/octet-stream',
      ) && compression.filter(req, res),
  });
  const server = createServer(async (req, res) => {
    await new Promise((next) => compress(req, res, next));
    try {
      // Every answer gets its address's headers, the 404 page and redirects included, as on a host.
      const pathname = pathOf(req.url ?? '');
      if (pathname)
        for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return plain(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      const target = await locate(root, req.url ?? '');
      switch (target.kind) {
        case 'bad-request':
          return plain(req, res, 400, 'Bad request: the address is not valid percent-encoded UTF-8');
        case 'redirect':
          return plain(req, res, 308, `Moved to ${target.location}`, { Location: target.location });
        case 'not-found':
          return await notFound(root, req, res);
        case 'file':
          return sendFile(root, req, res, target.parts);
      }
    } catch (error) {
      console.error(`${req.method} ${req.url}: ${error instanceof Error ? error.message : error}`);
      if (res.headersSent) res.destroy();
      else plain(req, res, 500, 'Server error');
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose(undefined));
        // Browsers keep connections open; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
