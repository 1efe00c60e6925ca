/**
 * Reads whatever a reader pasted from an API response (raw HTTP, cURL -i or -v output, headers copied
 * from a browser's developer tools or elsewhere, a bare body, an HTTP client's error message, just a
 * status code or a status's name in code) into one shape. Knows nothing about any API: pure text
 * handling.
 */

import { clientMessage, statusNameReadings, validStatus } from '~/lib/http/client-message';

export type InputForm = 'http' | 'curl' | 'headers' | 'body' | 'status' | 'message' | 'request' | 'empty';

export interface ParsedHeader {
  name: string;
  value: string;
}

/** A cURL command pasted without its output: whether it asks cURL to print the headers. */
export interface CurlCommand {
  printsHeaders: boolean;
}

export interface ParsedResponse {
  form: InputForm;
  httpVersion?: string;
  status?: number;
  /** Three digits in a status line's place that HTTP cannot send (`HTTP/1.1 999`). */
  notAStatus?: string;
  reason?: string;
  /** A status's name in code (`Net::HTTPTooManyRequests`), pasted without its number. */
  statusName?: string;
  /** The URL a request was sent to, pasted instead of (or above) what came back. */
  requestUrl?: string;
  /** Pasted as a cURL command, without its output. */
  curl?: CurlCommand;
  headers: ParsedHeader[];
  body?: string;
  json?: unknown;
  jsonError?: string;
  ignored: string[];
  /** Set when the paste was longer than MAX_INPUT_LENGTH: how much of it was read. */
  cut?: { read: number; length: number };
}

/**
 * Pasted text past this many characters is not read. Each step is linear, but a 10 MB paste would
 * still hold the page for a second or more; a response worth explaining fits in far less.
 */
export const MAX_INPUT_LENGTH = 1_000_000;

// All patterns are anchored, and no two quantifiers next to each other can take the same
// characters (ESLint's regexp/no-super-linear-* rules check it), so each line costs linear time.
// Captured values are trimmed by the code, not by the pattern.
const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t](.*))?$/i;
const BARE_STATUS = /^(?:HTTP\/?[ \t]*)?(\d{3})(?:[ \t]+([a-z][a-z '-]*))?$/i;
// `(?!:)`: Ruby's `RestClient::TooManyRequests: …` names a class, not a header; `https://…` is a URL.
const HEADER_LINE = /^(:?[\w!#$%&'*+.^`|~-]+):(?!:|\/\/)(.*)$/;
/** A request's URL, after its method or alone. */
const REQUEST_URL = /^(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+)?(https?:\/\/\S+)$/i;
/** A cURL command, `curl …` or `$ curl …`: the request, not its response. */
const CURL_COMMAND = /^(?:\$[ \t]*)?curl[ \t]/;
const URL_IN_TEXT = /https?:\/\/[^\s'"\\]+/;
/** An option that makes cURL print the status line and headers: -i, -v, alone or grouped (-sSi). */
const printsHeaders = (option: string) =>
  option === '--include' || option === '--verbose' || (/^-[a-z]+$/i.test(option) && /[iv]/.test(option));
/**
 * The "General" rows a browser's developer tools show above the headers, and copy with them: with
 * their value after a colon, or (newer versions) on the next line.
 */
const DEVTOOLS_ROW = /^(Request URL|Request Method|Status Code|Remote Address|Referrer Policy)(?::(.*))?$/i;
/** The titles of the developer tools' sections, copied with the rows. */
const DEVTOOLS_SECTION = /^(General|Response Headers|Request Headers)(?:[ \t]*\(\d+\))?(?:[ \t]+Raw)?$/i;
/**
 * A header under the tools' "Response Headers" title, copied without a colon: the name alone, its
 * value on the next line, or the name and value a tab apart.
 */
const DEVTOOLS_BARE_HEADER = /^([a-z][a-z\d-]*)(?:\t(.*))?$/i;
const CURL_DATA_MARKER = /^[{}] \[[^\]]*\]/;
const STATUS_HEADER_VALUE = /^(\d{3})(?:[ \t](.*))?$/;
const PYTHON_TRACEBACK = /^Traceback \(most recent call last\):$/;
/** An exception and its message, `Error: …` or `urllib3.exceptions.MaxRetryError: …`: no header. */
const EXCEPTION_LINE = /^(?:[\w$]+\.)*\w*(?:Error|Exception):/;

/**
 * Turns a cURL -v transcript into the plain response it describes: `< ` lines are the response,
 * request, info and data-marker lines go. Unprefixed lines before the headers end are progress noise;
 * after the headers end they are the body.
 */
function unwrapVerbose(lines: string[]): string[] {
  const out: string[] = [];
  let inBody = false;
  for (const line of lines) {
    if (line === '<' || line.startsWith('< ')) {
      const text = line.slice(2);
      // A new status line means a new response (curl -L), so what follows is headers again.
      inBody = text === '' ? true : STATUS_LINE.test(text) ? false : inBody;
      out.push(text);
    } else if (/^[>*](?: |$)/.test(line) || CURL_DATA_MARKER.test(line)) {
      continue;
    } else if (inBody) {
      out.push(line);
    }
  }
  return out;
}

/** Parses the body as JSON when it looks like JSON, explaining a failure in plain words. */
function readBody(body: string): Pick<ParsedResponse, 'json' | 'jsonError'> {
  if (!/^[{[]/.test(body)) return {};
  try {
    return { json: JSON.parse(body) as unknown };
  } catch {
    return { jsonError: 'The body looks like JSON but is cut off or malformed' };
  }
}

export function parseResponse(text: string): ParsedResponse {
  const result: ParsedResponse = { form: 'empty', headers: [], ignored: [] };
  let whole = String(text ?? '');
  if (whole.length > MAX_INPUT_LENGTH) {
    // At the end of a line when there is one, so that the last line read is whole.
    const lineEnd = whole.lastIndexOf('\n', MAX_INPUT_LENGTH);
    const read = lineEnd > 0 ? lineEnd : MAX_INPUT_LENGTH;
    result.cut = { read, length: whole.length };
    whole = whole.slice(0, read);
  }
  let lines = whole.split(/\r\n|\r|\n/);
  const verbose = lines.some((line) => line === '<' || line.startsWith('< '));
  if (verbose) lines = unwrapVerbose(lines);

  // Several responses in one paste (redirects, 100 Continue): only the last one matters.
  let start = lines.findLastIndex((line) => STATUS_LINE.test(line.trim()));
  if (start < 0) start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0) return result;
  // Python prints the call stack first and the error last (the last of chained ones counts).
  if (PYTHON_TRACEBACK.test(lines[start]!.trim())) {
    const error = lines.findLastIndex((line) => clientMessage(line.trim()) !== undefined);
    if (error > start) start = error;
  }
  lines = lines.slice(start);
  // A cURL command without its output: only the URL it calls says anything.
  if (CURL_COMMAND.test(lines[0]!.trim())) {
    const command = lines.join('\n');
    const url = URL_IN_TEXT.exec(command)?.[0];
    const curl = { printsHeaders: command.split(/\s+/).some(printsHeaders) };
    return url ? { ...result, form: 'request', requestUrl: url, curl } : result;
  }

  let index = 0;
  const first = lines[0]!.trim();
  const statusLine = STATUS_LINE.exec(first);
  const bareStatus = statusLine ? null : BARE_STATUS.exec(first);
  const devtools = DEVTOOLS_ROW.test(first) || DEVTOOLS_SECTION.test(first);
  const message = statusLine || bareStatus || devtools ? undefined : clientMessage(first);
  const statusName =
    statusLine || bareStatus || devtools || message || !statusNameReadings(first).length ? undefined : first;
  const requestUrl = REQUEST_URL.exec(first)?.[1];
  if (statusLine) {
    result.httpVersion = statusLine[1];
    result.status = validStatus(statusLine[2]!);
    if (result.status === undefined) result.notAStatus = statusLine[2]!;
    if (statusLine[3]?.trim()) result.reason = statusLine[3].trim();
    index = 1;
  } else if (bareStatus) {
    result.status = validStatus(bareStatus[1]!);
    if (result.status === undefined) result.notAStatus = bareStatus[1]!;
    if (bareStatus[2]?.trim()) result.reason = bareStatus[2].trim();
    index = 1;
  } else if (message) {
    Object.assign(result, message);
    index = 1;
  } else if (statusName) {
    result.statusName = statusName;
    index = 1;
  } else if (requestUrl) {
    result.requestUrl = requestUrl;
    index = 1;
  }

  // Header block: runs until a blank line, or until a line that clearly starts a JSON body.
  let bodyStart = lines.length;
  // Under the developer tools' "Request Headers" title come what was sent, not what came back.
  let inRequest = false;
  let inResponse = false;
  // Folded continuation lines, joined to their header's value once at the end: joining at each
  // line would copy the growing value every time.
  const folded = new Map<ParsedHeader, string[]>();
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') {
      bodyStart = index + 1;
      break;
    }
    const previous = result.headers[result.headers.length - 1];
    // The indented stack trace under a client's message says nothing about the response.
    if ((message || statusName) && !previous && /^[ \t]/.test(line)) continue;
    if (/^[ \t]/.test(line) && previous) {
      const parts = folded.get(previous) ?? folded.set(previous, [previous.value]).get(previous)!;
      parts.push(line.trim());
      continue;
    }
    const text = line.trim();
    const section = DEVTOOLS_SECTION.exec(text);
    if (section) {
      inRequest = /^request/i.test(section[1]!);
      inResponse = !inRequest && /^response/i.test(section[1]!);
    }
    if (section || inRequest) continue;
    const devtoolsRow = DEVTOOLS_ROW.exec(text);
    // An exception's message that names no status may still be a documented error message: body.
    const row =
      index === 0 && EXCEPTION_LINE.test(text)
        ? null
        : (devtoolsRow ?? HEADER_LINE.exec(text) ?? (inResponse ? DEVTOOLS_BARE_HEADER.exec(text) : null));
    if (row) {
      let value = (row[2] ?? '').trim();
      // Developer tools copy each value on the line under its name.
      const next = lines[index + 1]?.trim();
      if (!value && next && (devtoolsRow || !startsRow(next))) {
        value = next;
        index++;
      }
      addHeader(result, row[1]!, value);
    } else if (/^[{[]/.test(text) || index === 0) {
      // Starts like JSON, or the paste starts with something that is no header: it is all body.
      bodyStart = index;
      break;
    } else {
      result.ignored.push(text);
    }
  }

  for (const [header, parts] of folded) header.value = parts.filter(Boolean).join(' ');

  const body = lines.slice(bodyStart).join('\n').trim();
  if (body) Object.assign(result, { body }, readBody(body));
  result.form = message || statusName ? 'message' : formOf(result, verbose, Boolean(statusLine));
  return result;
}

/** Whether a line starts a header or a developer tools row. */
function startsRow(line: string): boolean {
  return DEVTOOLS_ROW.test(line) || HEADER_LINE.test(line);
}

/**
 * A `status` or `:status` header (HTTP/2, browser copies) and the developer tools' "Status Code" row
 * carry the status code; the tools' other rows describe the request. Neither is a response header.
 */
function addHeader(result: ParsedResponse, name: string, value: string): void {
  const lower = name.toLowerCase();
  const statusValue = STATUS_HEADER_VALUE.exec(value);
  if (['status', ':status', 'status code'].includes(lower) && statusValue && validStatus(statusValue[1]!)) {
    result.status ??= validStatus(statusValue[1]!);
    if (statusValue[2]?.trim()) result.reason ??= statusValue[2].trim();
    return;
  }
  if (DEVTOOLS_ROW.test(name)) return;
  result.headers.push({ name, value });
}

function formOf(result: ParsedResponse, verbose: boolean, hadStatusLine: boolean): InputForm {
  if (verbose) return 'curl';
  if (hadStatusLine) return 'http';
  if (result.headers.length > 0) return 'headers';
  if (result.status !== undefined || result.notAStatus !== undefined)
    return result.body === undefined ? 'status' : 'http';
  if (result.body !== undefined) return 'body';
  return result.requestUrl === undefined ? 'empty' : 'request';
}
