/**
 * HTTP messages as content writes them (a request or status line, headers, a blank line, a body):
 * read, checked and laid out for display, and a request made into one a client can send, for the
 * snippet generator (snippets.ts). A JSON body is pretty-printed with its values untouched, and one
 * that does not parse is an error the build reports with the file.
 */
import { formatJson, jsonProblem } from './json-text';

export interface HttpHeader {
  name: string;
  value: string;
}

export interface HttpMessage {
  kind: 'request' | 'response';
  /** The request line or status line, as written. */
  startLine: string;
  headers: HttpHeader[];
  /** The body, JSON laid out; undefined when there is none. */
  body: string | undefined;
}

/** A request a client can send: an absolute URL (placeholders kept), its headers but Host. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: HttpHeader[];
  body: string | undefined;
}

export class HttpMessageError extends Error {}

const METHOD = /^[A-Z]+$/;
const HEADER_NAME = /^[!#$%&'*+\-.^`|~\w]+$/;
/**
 * Stands for the part of a URL after its base in a sample drawn once and filled in the browser (the
 * query builder's request): letters only, so that every language writes it as it is.
 */
export const URL_MARKER = 'ZqZrestofurlZqZ';

/** Placeholders as content writes them: `{{store_hash}}`. */
export const PLACEHOLDER = /\{\{([a-z][a-z0-9_]*)\}\}/g;

interface RequestLine {
  method: string;
  target: string;
}

/** `GET /v3/products?name=My Product HTTP/1.1`: the method, and the target (which may hold spaces). */
export function readRequestLine(line: string): RequestLine | undefined {
  const space = line.indexOf(' ');
  const method = line.slice(0, space);
  if (space < 1 || !METHOD.test(method)) return undefined;
  let target = line.slice(space + 1).trim();
  const version = target.lastIndexOf(' HTTP/');
  if (version !== -1) target = target.slice(0, version).trim();
  if (!target.startsWith('/') && !/^https?:\/\//.test(target)) return undefined;
  return { method, target };
}

const isStatusLine = (line: string) => line.startsWith('HTTP/');

/** Whether `text` starts as an HTTP message does (a request or a status line). */
export function looksLikeHttpMessage(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0]!.trimEnd();
  return isStatusLine(first) || readRequestLine(first) !== undefined;
}

const headerValue = (headers: HttpHeader[], name: string) =>
  headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

/** Reads one message; throws an HttpMessageError that says what is wrong and on which line. */
export function parseHttpMessage(text: string): HttpMessage {
  const lines = text.replace(/\r\n/g, '\n').trim().split('\n');
  const startLine = lines[0]!.trimEnd();
  const kind = isStatusLine(startLine) ? 'response' : readRequestLine(startLine) ? 'request' : undefined;
  if (!kind)
    throw new HttpMessageError(
      `line 1: not a request line ("GET /path HTTP/1.1") or status line ("HTTP/1.1 200 OK")`,
    );
  const headers: HttpHeader[] = [];
  let i = 1;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const line = lines[i]!.trimEnd();
    if (readRequestLine(line))
      throw new HttpMessageError(`line ${i + 1}: a second request; give each request a block of its own`);
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon < 1 || !HEADER_NAME.test(name))
      throw new HttpMessageError(`line ${i + 1}: not a header ("Name: value"): ${line}`);
    headers.push({ name, value: line.slice(colon + 1).trim() });
  }
  const rawBody = lines
    .slice(i + 1)
    .join('\n')
    .trim();
  let body: string | undefined = rawBody || undefined;
  const contentType = headerValue(headers, 'content-type') ?? '';
  if (body && (/\bjson\b/i.test(contentType) || /^[[{]/.test(body))) {
    const problem = jsonProblem(body);
    if (problem) throw new HttpMessageError(`the JSON body does not parse: ${problem}`);
    body = formatJson(body);
  }
  return { kind, startLine, headers, body };
}

/** The message as text again, its body laid out. */
export function formatHttpMessage(message: HttpMessage): string {
  const head = [message.startLine, ...message.headers.map((h) => `${h.name}: ${h.value}`)].join('\n');
  return message.body === undefined ? head : `${head}\n\n${message.body}`;
}

/** Characters a URL may carry as they are, in any language's string literal: the rest is encoded. */
const URL_SAFE = /[\w\-.~:/?&=,;%+@!*()[\]]/;

/** `url` with spaces, quotes, `$` and the like percent-encoded; placeholders stay as written. */
export function safeUrl(url: string): string {
  return url
    .split(/(\{\{[a-z][a-z0-9_]*\}\})/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : Array.from(part, (c) => (URL_SAFE.test(c) ? c : encodeURIComponent(c).replace("'", '%27'))).join(
            '',
          ),
    )
    .join('');
}

const segments = (path: string) => path.split('/').filter(Boolean);

/**
 * The absolute URL of a request target: as written when absolute; on the Host header's origin
 * (https) when it has one; else on the first base URL whose path ends where the target's begins
 * (`/v3/catalog/products` on `https://host/stores/{{store_hash}}/v3/`). Undefined when none fits.
 */
export function requestUrl(
  target: string,
  host: string | undefined,
  bases: readonly string[],
): string | undefined {
  if (/^https?:\/\//.test(target)) return target;
  if (host) return `https://${host}${target}`;
  const mark = target.indexOf('?');
  const path = mark === -1 ? target : target.slice(0, mark);
  const query = mark === -1 ? undefined : target.slice(mark + 1);
  const wanted = segments(path);
  for (const base of bases) {
    const origin = /^https?:\/\/[^/]+/.exec(base)?.[0];
    if (!origin) continue;
    const basePath = segments(base.slice(origin.length));
    for (let overlap = Math.min(basePath.length, wanted.length); overlap > 0; overlap--) {
      if (basePath.slice(-overlap).join('/') !== wanted.slice(0, overlap).join('/')) continue;
      const joined = [...basePath, ...wanted.slice(overlap)].join('/');
      const slash = path.endsWith('/') ? '/' : '';
      return `${origin}/${joined}${slash}${query === undefined ? '' : `?${query}`}`;
    }
  }
  return undefined;
}

/** Headers a client sets by itself, from the URL or the body, which a snippet leaves out. */
const SET_BY_CLIENT = new Set(['host', 'content-length', 'connection']);

/** The request a message describes, ready to send; undefined for a response or an unknown host. */
export function sendableRequest(message: HttpMessage, bases: readonly string[]): HttpRequest | undefined {
  if (message.kind !== 'request') return undefined;
  const line = readRequestLine(message.startLine)!;
  const url = requestUrl(line.target, headerValue(message.headers, 'host'), bases);
  if (!url) return undefined;
  return {
    method: line.method,
    url: safeUrl(url),
    headers: message.headers.filter((h) => !SET_BY_CLIENT.has(h.name.toLowerCase())),
    body: message.body,
  };
}
