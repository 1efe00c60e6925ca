/**
 * The local server (npm start, npm run preview, the end-to-end tests) answers as a static host
 * does, over a small built site made here: malformed addresses get 400 or the site's 404, never a
 * stack trace; an address without its trailing slash redirects; the command's options are checked.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, readHeaderRules, serveSite } from './static-server.mjs';

const work = mkdtempSync(join(tmpdir(), 'static-server-'));
const dist = join(work, 'dist');
const NOT_FOUND_PAGE = '<!DOCTYPE html><title>Page not found</title><h1>Not found fixture</h1>';
const files: Record<string, string> = {
  'index.html': '<!DOCTYPE html><title>Home</title>',
  '404.html': NOT_FOUND_PAGE,
  'rest/429/index.html': '<!DOCTYPE html><title>429 Too Many Requests</title>',
  'codes/429/index.html': '<!DOCTYPE html><title>429 across APIs</title>',
  'search/index.html': '<!DOCTYPE html><title>Search</title>',
  'status-codes.json': '{"codes":[]}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '_astro/page.js': 'export {};',
  'pagefind/index/en_1.pf_index': 'binary '.repeat(400),
  // Long enough to be worth compressing.
  'guides/long/index.html': `<!DOCTYPE html><title>Long</title>${'<p>Rate limits apply.</p>'.repeat(200)}`,
  // What a failed Astro build leaves, and a static host's own configuration: never served.
  '.prerender/chunks/page.mjs': 'export const source = "/work/src/pages/index.astro";',
  _headers: [
    '# Rules as Netlify and Cloudflare Pages read them',
    '/*',
    '  X-Frame-Options: DENY',
    '  X-Served-By: every rule',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/rest/:code/',
    '  X-Served-By: the code rule',
    '',
  ].join('\n'),
  // Beside the site, not in it.
  '../package.json': '{"name":"secret-beside-dist"}',
};

let site: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  site = await serveSite({ dir: dist, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * A request with its target sent exactly as written (fetch would normalise it), with these headers
 * (accepting gzip unless told); the answer's raw bytes.
 */
function getRaw(
  target: string,
  headers: Record<string, string> = { 'Accept-Encoding': 'gzip' },
  method = 'GET',
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path: target, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The same, asking for no compression: the answer's text. */
async function get(target: string, method = 'GET') {
  const answer = await getRaw(target, {}, method);
  return { ...answer, body: answer.body.toString('utf8') };
}

/** Nothing of the server's insides reaches the reader. */
function expectNoTrace(body: string) {
  expect(body).not.toMatch(/node_modules|\n[^\S\n]+at |Error\b/);
}

describe('malformed addresses', () => {
  test.each(['/..%2fpackage.json', '/%2e%2e/package.json', '/..%5cpackage.json', '/codes%2f429/'])(
    '%s gets the site’s 404 page, and nothing from beside the site',
    async (target) => {
      const { status, body } = await get(target);
      expect(status).toBe(404);
      expect(body).toBe(NOT_FOUND_PAGE);
      expectNoTrace(body);
    },
  );

  test.each(['/rest/%E0%A4%A/', '/rest/%E0%A4%A', '/%ff/', '/rest/%zz/'])(
    '%s (not percent-encoded UTF-8) gets 400 with a plain message',
    async (target) => {
      const { status, headers, body } = await get(target);
      expect(status).toBe(400);
      expect(headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(body).toMatch(/^Bad request/);
      expectNoTrace(body);
    },
  );

  test('a NUL byte or an empty segment names no page', async () => {
    expect((await get('/rest/%00/')).status).toBe(404);
    expect((await get('//rest/429/')).status).toBe(404);
  });
});

describe('addresses without their trailing slash', () => {
  test('redirect to the page with the slash, keeping the query', async () => {
    const page = await get('/rest/429');
    expect(page.status).toBe(308);
    expect(page.headers.location).toBe('/rest/429/');
    const search = await get('/search?q=too%20many');
    expect(search.status).toBe(308);
    expect(search.headers.location).toBe('/search/?q=too%20many');
  });

  test('get the site’s 404 page where no page has that address', async () => {
    const { status, body } = await get('/rest/430');
    expect(status).toBe(404);
    expect(body).toBe(NOT_FOUND_PAGE);
  });
});

describe('pages and files', () => {
  test('a page is its folder’s index.html, as HTML', async () => {
    const { status, headers, body } = await get('/rest/429/');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(body).toBe(files['rest/429/index.html']);
    expect((await get('/')).body).toBe(files['index.html']);
  });

  test.each([
    ['/status-codes.json', 'application/json; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/_astro/page.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/index/en_1.pf_index', 'application/octet-stream'],
  ])('%s is sent as %s', async (target, type) => {
    const { status, headers } = await get(target);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe(type);
  });

  test.each(['/nope/', '/nope', '/_astro/', '/.prerender/chunks/page.mjs', '/_headers', '/favicon.svg/'])(
    '%s gets the site’s 404 page with status 404',
    async (target) => {
      const { status, headers, body } = await get(target);
      expect(status).toBe(404);
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
      expect(body).toBe(NOT_FOUND_PAGE);
    },
  );

  test('HEAD answers without a body; other methods are not allowed', async () => {
    const head = await get('/rest/429/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await get('/rest/429/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('headers from the site’s _headers file', () => {
  test('every answer gets those of the rules its address matches: files, pages, 404s, redirects', async () => {
    for (const target of ['/', '/rest/429/', '/favicon.svg', '/nope/', '/rest/429', '/_astro/page.js'])
      expect((await get(target)).headers['x-frame-options'], target).toBe('DENY');
  });

  test('a rule for a folder applies to what is in it, and replaces the default caching there', async () => {
    expect((await get('/_astro/page.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('public, max-age=0');
    expect((await get('/rest/429/')).headers['cache-control']).toBe('public, max-age=0');
  });

  test('a header that several matching rules set gets their values joined', async () => {
    expect((await get('/rest/429/')).headers['x-served-by']).toBe('every rule, the code rule');
    expect((await get('/codes/429/')).headers['x-served-by']).toBe('every rule');
  });
});

describe('headersFor', () => {
  const rules = async (text: string) => {
    const file = join(work, '_headers-case');
    writeFileSync(file, text);
    return readHeaderRules(file);
  };

  test.each([
    ['/*', '/', true],
    ['/*', '/rest/429/', true],
    ['/_astro/*', '/_astro/a.js', true],
    ['/_astro/*', '/_astro', true],
    ['/_astro/*', '/pagefind/pagefind.js', false],
    ['/rest/:code/', '/rest/429/', true],
    ['/rest/:code/', '/rest/429/history/', false],
    ['/search/', '/search', true],
    ['/search/', '/searching/', false],
  ])('%s matches %s: %s', async (pattern, path, matches) => {
    const found = headersFor(await rules(`${pattern}\n  X-Test: yes\n`), path);
    expect(found['X-Test'] === 'yes').toBe(matches);
  });

  test('no file means no rules; a header before any path is an error naming the file', async () => {
    expect(await readHeaderRules(join(work, 'no-such-file'))).toEqual([]);
    await expect(rules('X-Test: yes\n/*\n')).rejects.toThrow(
      /_headers-case: .*Path should come before header/,
    );
  });
});

describe('npm start and npm run preview options', () => {
  const serve = async (...args: string[]) => {
    const script = new URL('./serve.mjs', import.meta.url).pathname;
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args]);
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  };

  test.each([
    [['--port', 'abc'], '--port must be a whole number from 0 to 65535 (0 picks a free port), not "abc".'],
    [
      ['--port', '65536'],
      '--port must be a whole number from 0 to 65535 (0 picks a free port), not "65536".',
    ],
    [['--port', '80.5'], '--port must be a whole number from 0 to 65535 (0 picks a free port), not "80.5".'],
    [['--prot', '8080'], "Unknown option '--prot'"],
    [['--port'], "Option '--port <value>' argument missing"],
    [['8080'], "Unexpected argument '8080'"],
    // Each case starts a Node process, which takes seconds on a loaded machine.
  ])('%j is refused with a clear message and the usage', { timeout: 30_000 }, async (args, message) => {
    const { code, output } = await serve(...args);
    expect(code).toBe(2);
    expect(output).toContain(message);
    expect(output).toContain('Usage: npm start -- [--port 4321] [--host localhost]');
    expectNoTrace(output);
  });
});

describe('compression, as a static host sends text', () => {
  const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
  const longPage = files['guides/long/index.html']!;

  test('a page goes gzipped to a client that accepts it, and unpacks to the file', async () => {
    const { headers, body } = await getRaw('/guides/long/');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(body).toString('utf8')).toBe(longPage);
    expect(body.length).toBeLessThan(longPage.length / 4);
  });

  test('goes to a browser as Brotli at its highest quality, as a host compresses a file once', async () => {
    const { headers, body } = await getRaw('/guides/long/', BROWSER);
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(brotliDecompressSync(body).toString('utf8')).toBe(longPage);
    const quality = (level: number) =>
      brotliCompressSync(longPage, { params: { [constants.BROTLI_PARAM_QUALITY]: level } }).length;
    expect(body.length).toBe(quality(constants.BROTLI_MAX_QUALITY));
    // What on-the-fly compression sends: the level the site's pages outgrew a round trip at.
    expect(body.length).toBeLessThan(quality(4));
  });

  test('a changed file goes out changed, not as the copy made before', async () => {
    const path = join(dist, 'guides/changing/index.html');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `<!DOCTYPE html><title>First</title>${'<p>First version.</p>'.repeat(100)}`);
    const first = await getRaw('/guides/changing/', BROWSER);
    expect(brotliDecompressSync(first.body).toString('utf8')).toContain('First version.');
    writeFileSync(
      path,
      `<!DOCTYPE html><title>Second</title>${'<p>Second version, longer.</p>'.repeat(100)}`,
    );
    const second = await getRaw('/guides/changing/', BROWSER);
    expect(brotliDecompressSync(second.body).toString('utf8')).toContain('Second version, longer.');
    expect(second.headers['etag']).not.toBe(first.headers['etag']);
  });

  test('a client whose compressed copy is current gets 304, per encoding', async () => {
    const br = await getRaw('/guides/long/', BROWSER);
    const gzip = await getRaw('/guides/long/');
    expect(br.headers['etag']).toMatch(/^W\/".+"$/);
    expect(br.headers['etag']).not.toBe(gzip.headers['etag']);
    const again = await getRaw('/guides/long/', { ...BROWSER, 'If-None-Match': String(br.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const other = await getRaw('/guides/long/', {
      ...BROWSER,
      'If-None-Match': String(gzip.headers['etag']),
    });
    expect(other.status).toBe(200);
  });

  test('HEAD gets the compressed answer’s headers and no body', async () => {
    const { status, headers, body } = await getRaw('/guides/long/', BROWSER, 'HEAD');
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('br');
    expect(Number(headers['content-length'])).toBe((await getRaw('/guides/long/', BROWSER)).body.length);
    expect(body.length).toBe(0);
  });

  test('a range is of the file as it is', async () => {
    const { status, headers, body } = await getRaw('/guides/long/', { ...BROWSER, Range: 'bytes=0-14' });
    expect(status).toBe(206);
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString('utf8')).toBe(longPage.slice(0, 15));
  });

  test('goes as it is to a client that does not ask for compression', async () => {
    const { headers, body } = await get('/guides/long/');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body).toBe(longPage);
  });

  test('short text goes as it is: compressing it would save less than its headers', async () => {
    const { headers, body } = await getRaw('/rest/429/', BROWSER);
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString('utf8')).toBe(files['rest/429/index.html']);
  });

  test('leaves Pagefind’s files, compressed already, as they are', async () => {
    const { headers, body } = await getRaw('/pagefind/index/en_1.pf_index', BROWSER);
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString('utf8')).toBe(files['pagefind/index/en_1.pf_index']);
  });
});
