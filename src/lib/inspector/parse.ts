/**
 * Reads whatever a reader pasted from an API response (raw HTTP, cURL -i or -v output, copied headers,
 * a bare body, an HTTP client's error message, just a status code or a status's name in code) into
 * one shape. Knows nothing about any API: pure text handling.
 */

import { clientMessage, statusNameReadings, validStatus } from '../client-message';

export type InputForm = 'http' | 'curl' | 'headers' | 'body' | 'status' | 'message' | 'empty';

export interface ParsedHeader {
  name: string;
  value: string;
}

export interface ParsedResponse {
  form: InputForm;
  httpVersion?: string;
  status?: number;
  reason?: string;
  /** A status's name in code (`Net::HTTPTooManyRequests`), pasted without its number. */
  statusName?: string;
  headers: ParsedHeader[];
  body?: string;
  json?: unknown;
  jsonError?: string;
  ignored: string[];
}

// All patterns are anchored and free of nested quantifiers, so each line costs linear time.
const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t]+(.*))?$/i;
const BARE_STATUS = /^(?:HTTP\/?[ \t]*)?(\d{3})(?:[ \t]+([A-Za-z][A-Za-z '-]*))?$/i;
const HEADER_LINE = /^(:?[A-Za-z0-9!#$%&'*+.^_`|~-]+):[ \t]*(.*)$/;
const CURL_DATA_MARKER = /^[{}] \[[^\]]*\]/;
const STATUS_HEADER_VALUE = /^(\d{3})(?:[ \t]+(.*))?$/;
const PYTHON_TRACEBACK = /^Traceback \(most recent call last\):$/;

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
    } else if (/^[>*]( |$)/.test(line) || CURL_DATA_MARKER.test(line)) {
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
  let lines = String(text ?? '').split(/\r\n|\r|\n/);
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

  let index = 0;
  const first = lines[0]!.trim();
  const statusLine = STATUS_LINE.exec(first);
  const bareStatus = statusLine ? null : BARE_STATUS.exec(first);
  const message = statusLine || bareStatus ? undefined : clientMessage(first);
  const statusName =
    statusLine || bareStatus || message || !statusNameReadings(first).length ? undefined : first;
  if (statusLine) {
    result.httpVersion = statusLine[1];
    result.status = validStatus(statusLine[2]!);
    if (statusLine[3]?.trim()) result.reason = statusLine[3].trim();
    index = 1;
  } else if (bareStatus && validStatus(bareStatus[1]!)) {
    result.status = validStatus(bareStatus[1]!);
    if (bareStatus[2]?.trim()) result.reason = bareStatus[2].trim();
    index = 1;
  } else if (message) {
    Object.assign(result, message);
    index = 1;
  } else if (statusName) {
    result.statusName = statusName;
    index = 1;
  }

  // Header block: runs until a blank line, or until a line that clearly starts a JSON body.
  let bodyStart = lines.length;
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
      previous.value = [previous.value, line.trim()].filter(Boolean).join(' ');
      continue;
    }
    const header = HEADER_LINE.exec(line.trim());
    if (header) {
      addHeader(result, header[1]!, header[2]!.trim());
    } else if (/^[{[]/.test(line.trim()) || index === 0) {
      // Starts like JSON, or the paste starts with something that is no header: it is all body.
      bodyStart = index;
      break;
    } else {
      result.ignored.push(line.trim());
    }
  }

  const body = lines.slice(bodyStart).join('\n').trim();
  if (body) Object.assign(result, { body }, readBody(body));
  result.form = message || statusName ? 'message' : formOf(result, verbose, Boolean(statusLine));
  return result;
}

/** A `status` or `:status` header (browser copies, HTTP/2) carries the status code, not a header. */
function addHeader(result: ParsedResponse, name: string, value: string): void {
  const lower = name.toLowerCase();
  const statusValue = STATUS_HEADER_VALUE.exec(value);
  if ((lower === 'status' || lower === ':status') && statusValue && validStatus(statusValue[1]!)) {
    result.status ??= validStatus(statusValue[1]!);
    if (statusValue[2]?.trim()) result.reason ??= statusValue[2].trim();
    return;
  }
  result.headers.push({ name, value });
}

function formOf(result: ParsedResponse, verbose: boolean, hadStatusLine: boolean): InputForm {
  if (verbose) return 'curl';
  if (hadStatusLine) return 'http';
  if (result.headers.length > 0) return 'headers';
  if (result.status !== undefined) return result.body === undefined ? 'status' : 'http';
  return result.body === undefined ? 'empty' : 'body';
}
