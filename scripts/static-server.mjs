// The server that `npm start`, `npm run preview`, the end-to-end tests and the benchmark run over a
// built site: it answers as a static host does (Netlify, Cloudflare Pages), so that what is tested
// here is what a deployment serves. Files go as they are through `send` (Express's static file
// engine: types, ranges, conditional requests), or compressed as a static host compresses a file
// (./compressed-files.mjs), with the headers the site's `_headers` file gives their address; this
// module decides which file an address names, and in which encoding it goes.
import { parseAllHeaders } from '@netlify/headers-parser';
import compressible from 'compressible';
import fresh from 'fresh';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import send from 'send';
import { CompressedFiles, ENCODINGS } from './compressed-files.mjs';

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

/** Text smaller than this goes as it is: compressed, it would save less than its headers cost. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * The encoding a file of `type` (false: none known) and `size` goes in to this client, or undefined
 * for the file as it is. Where the answer depends on the client's Accept-Encoding, it says so (Vary).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string | false} type
 * @param {number} size
 * @returns {import('./compressed-files.mjs').Encoding | undefined}
 */
function encodingFor(req, res, type, size) {
  // Pagefind's files (types no registry knows) are compressed already.
  if (!type || compressible(type) !== true || size < COMPRESS_FROM_BYTES || res.hasHeader('Content-Encoding'))
    return undefined;
  const vary = String(res.getHeader('Vary') ?? '');
  if (!/\baccept-encoding\b/i.test(vary))
    res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  // A range is of the file as it is.
  if (req.headers.range) return undefined;
  const chosen = new Negotiator(req).encoding([...ENCODINGS, 'identity'], { preferred: [...ENCODINGS] });
  return ENCODINGS.find((encoding) => encoding === chosen);
}

/**
 * A file's compressed copy, with `send`'s validators (per encoding: each is a representation of its
 * own); a 200 answers a conditional request with 304 when the client's copy is current. Resolves
 * false, with nothing sent, when the file has gone since it was found.
 * @param {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *   path: string, stats: import('node:fs').Stats, type: string, encoding: import('./compressed-files.mjs').Encoding,
 *   copies: CompressedFiles, status: number }} answer
 */
async function sendCompressed({ req, res, path, stats, type, encoding, copies, status }) {
  const version = `${stats.size.toString(16)}-${stats.mtime.getTime().toString(16)}`;
  if (status === 200) {
    const etag = `W/"${version}-${encoding}"`;
    const lastModified = stats.mtime.toUTCString();
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', lastModified);
    if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'public, max-age=0');
    if (fresh(req.headers, { etag, 'last-modified': lastModified })) {
      res.writeHead(304);
      res.end();
      return true;
    }
  }
  let body;
  try {
    body = await copies.get(path, version, encoding);
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code === 'ENOENT') return false;
    throw error;
  }
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Encoding': encoding,
    'Content-Length': body.length,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** The site's own 404 page, with status 404. */
async function notFound(dir, req, res, copies) {
  const path = join(dir, '404.html');
  const type = 'text/html; charset=utf-8';
  const stats = await stat(path).catch(() => undefined);
  const encoding = stats && encodingFor(req, res, type, stats.size);
  res.setHeader('Cache-Control', 'no-cache');
  if (
    stats &&
    encoding &&
    (await sendCompressed({ req, res, path, stats, type, encoding, copies, status: 404 }))
  )
    return;
  let page;
  try {
    page = await readFile(path);
  } catch {
    return plain(req, res, 404, 'Not found');
  }
  res.writeHead(404, { 'Content-Type': type, 'Content-Length': page.length });
  res.end(req.method === 'HEAD' ? undefined : page);
}

/** Sends a file as it is, with ranges and conditional requests; if it went away since, the 404 page. */
function sendAsIs(dir, req, res, parts, copies) {
  const stream = send(req, `/${parts.map(encodeURIComponent).join('/')}`, {
    root: dir,
    index: false,
    redirect: false,
    dotfiles: 'ignore',
  });
  stream.on('error', (/** @type {{ status?: number }} */ error) => {
    if (res.headersSent) res.destroy();
    else if (error.status === 404) void notFound(dir, req, res, copies);
    else plain(req, res, error.status ?? 500, error.status === 400 ? 'Bad request' : 'Server error');
  });
  stream.pipe(res);
}

/**
 * Sends a file `locate` found, compressed when the client takes it; if it went away since (a rebuild
 * replaced dist/), the 404 page.
 */
async function sendFile(dir, req, res, parts, copies) {
  const path = join(dir, ...parts);
  const type = contentType(extname(path));
  const stats = await stat(path).catch(() => undefined);
  const encoding = stats && encodingFor(req, res, type, stats.size);
  if (!stats || !encoding) return sendAsIs(dir, req, res, parts, copies);
  if (!(await sendCompressed({ req, res, path, stats, type, encoding, copies, status: 200 })))
    await notFound(dir, req, res, copies);
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
  // Text goes compressed to clients that take it, as every static host sends it: page weight and
  // Lighthouse's timings depend on it.
  const copies = new CompressedFiles();
  const server = createServer(async (req, res) => {
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
          return await notFound(root, req, res, copies);
        case 'file':
          return await sendFile(root, req, res, target.parts, copies);
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
