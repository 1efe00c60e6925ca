/**
 * Explains a parsed response with what the content knows: which APIs document the status, what each
 * header means, what the rate-limit headers add up to, and which documented error a message is.
 * Every API-specific fact arrives through `Knowledge`; nothing here names a vendor or a header.
 */
import { counted } from '~/lib/text/plural';
import type { HeaderData } from '~/schemas/header';
import { codeNamed } from '~/lib/http/client-message';
import { explainListUrl } from '~/lib/site/urls';
import type { CurlCommand, ParsedResponse } from './parse';

export interface KnownCode {
  api: string;
  apiName: string;
  code: number;
  label: string;
  /** Other names developers give it ("validation error"). */
  alsoCalled: string[];
  summary: string;
  /** Whether and when to send the request again, as the code's page advises. */
  retry: string;
  url: string;
  statusClass: string;
  flows: { title: string; url: string }[];
}

/** What a number in a header means, as the header content declares it. */
export type HeaderRole = NonNullable<HeaderData['role']>;

export interface KnownHeader {
  name: string;
  url: string;
  summary: string;
  role?: HeaderRole;
}

export interface KnownError {
  api: string;
  status: number;
  message: string;
  title: string;
  url: string;
}

export interface Knowledge {
  codes: KnownCode[];
  headers: KnownHeader[];
  errors: KnownError[];
  /** IANA reason phrase by code. */
  standardPhrases: Record<number, string>;
  /** What earlier specifications called a code, as status names in code still spell it. */
  formerPhrases: Record<number, string[]>;
  /** The number page (`/codes/NNN/`) by code, for every code that has one. */
  numberPages: Record<number, string>;
  /** The query builder's page, where the content has one. */
  queryBuilderUrl?: string;
}

export interface MessageMatch {
  kind: 'exact' | 'close';
  error: KnownError;
}

export interface RateLimitReading {
  quota?: number;
  remaining?: number;
  windowMs?: number;
  resetMs?: number;
  retryAfterSeconds?: number;
  hourlyRemaining?: number;
  lines: string[];
  pacing?: string;
}

export interface Explanation {
  /** Said above the rest: the paste was too long to read whole. */
  notice?: string;
  status?: {
    code: number;
    phrase?: string;
    /** The name in code that the paste gave instead of the number (`Net::HTTPTooManyRequests`). */
    name?: string;
    /** The paste gave no status, only a documented message, which comes with this one. */
    fromMessage?: true;
    statusClass: string;
    matches: KnownCode[];
    /** Its number page: the standard meaning, and how each API uses it, if any does. */
    numberUrl?: string;
  };
  rateLimit?: RateLimitReading;
  messages: { message: string; match?: MessageMatch }[];
  title?: string;
  fieldErrors: { field: string; message: string }[];
  bodyStatus?: number;
  headers: { name: string; value: string; known?: KnownHeader }[];
  /** A request's URL pasted instead of the response, with where its query is explained. */
  request?: { url: string; queryBuilderUrl?: string; curl?: CurlCommand };
  unrecognised: string[];
}

/** 15000 → "15 seconds", 90000 → "1 minute 30 seconds". Rounds up: waiting too little earns another error. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const parts = [
    [hours, 'hour'],
    [minutes, 'minute'],
    [seconds, 'second'],
  ] as const;
  const text = parts.filter(([n]) => n > 0).map(([n, unit]) => counted(n, unit));
  return text.length ? text.join(' ') : '0 seconds';
}

/** What a deep link such as ?code=429 pre-fills: a plausible status code, or nothing. */
export function inputFromCode(code: string): string {
  return /^[1-5]\d\d$/.test(code) ? code : '';
}

/** Lenient number reading: surrounding space is fine, anything else non-numeric is not. */
function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^-?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

const ROLE_FIELD: Record<HeaderRole, Exclude<keyof RateLimitReading, 'lines' | 'pacing'>> = {
  'rate-limit-window-ms': 'windowMs',
  'rate-limit-reset-ms': 'resetMs',
  'rate-limit-quota': 'quota',
  'rate-limit-remaining': 'remaining',
  'retry-after-seconds': 'retryAfterSeconds',
  'hourly-remaining': 'hourlyRemaining',
};

/** What each number is, for saying why a value cannot be one. */
const ROLE_NOUN: Record<HeaderRole, string> = {
  'rate-limit-window-ms': 'a window’s length',
  'rate-limit-reset-ms': 'the time until the window resets',
  'rate-limit-quota': 'a quota',
  'rate-limit-remaining': 'a count of requests left',
  'retry-after-seconds': 'a wait',
  'hourly-remaining': 'a count of requests left',
};

/** Why a header's number cannot mean what the header says, if it cannot. */
function impossible(role: HeaderRole, n: number): string | undefined {
  if (n < 0) return `${ROLE_NOUN[role]} is never negative`;
  // Past 2^53 a number is no longer exact: no server counts requests or milliseconds that far.
  if (n > Number.MAX_SAFE_INTEGER) return `no server counts that high`;
  return undefined;
}

function readRateLimit(
  headers: Explanation['headers'],
  unrecognised: string[],
): RateLimitReading | undefined {
  const reading: RateLimitReading = { lines: [] };
  const names: Partial<Record<HeaderRole, string>> = {};
  for (const { name, value, known } of headers) {
    if (!known?.role) continue;
    const n = readNumber(value);
    if (n === undefined) {
      unrecognised.push(`${name} should be a number but is "${value}"`);
      continue;
    }
    const field = ROLE_FIELD[known.role];
    if (reading[field] !== undefined) continue; // the first of repeated headers wins
    // An impossible value is named as such, not read: a negative wait is no wait of 0 seconds.
    const reason = impossible(known.role, n);
    if (reason) {
      unrecognised.push(`${name} is ${value.trim()}, which cannot be: ${reason}`);
      continue;
    }
    reading[field] = n;
    names[known.role] = name;
  }
  const { quota, remaining, windowMs, resetMs, retryAfterSeconds, hourlyRemaining } = reading;
  const { lines } = reading;
  const overQuota = remaining !== undefined && quota !== undefined && remaining > quota;
  if (overQuota)
    unrecognised.push(
      `${names['rate-limit-remaining']} is ${remaining}, more than the quota of ${quota} (${names['rate-limit-quota']}), which cannot be`,
    );
  if (remaining !== undefined)
    lines.push(
      `${counted(remaining, 'request')} left${quota !== undefined && !overQuota ? ` of ${quota}` : ''}`,
    );
  else if (quota !== undefined) lines.push(`The quota is ${counted(quota, 'request')} per window`);
  if (windowMs !== undefined) lines.push(`The window is ${formatDuration(windowMs)} long`);
  if (resetMs !== undefined) lines.push(`The window resets in ${formatDuration(resetMs)}`);
  if (retryAfterSeconds !== undefined)
    lines.push(
      `Wait ${formatDuration(retryAfterSeconds * 1000)} before the next request (${names['retry-after-seconds']} header)`,
    );
  if (hourlyRemaining !== undefined) lines.push(`${counted(hourlyRemaining, 'request')} left this hour`);
  if (!lines.length) return undefined;
  const pacing = pacingAdvice(reading);
  return pacing ? { ...reading, pacing } : reading;
}

/** One sentence on how fast to go from here, when the headers say enough to tell. */
function pacingAdvice({ remaining, resetMs, retryAfterSeconds }: RateLimitReading): string | undefined {
  const waitMs = resetMs ?? (retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : undefined);
  if (remaining === 0 && waitMs !== undefined)
    return `Stop and wait ${formatDuration(waitMs)}, until the ${resetMs !== undefined ? 'window resets' : 'server allows more'}`;
  if (!remaining || !resetMs || resetMs <= 0) return undefined;
  const perSecond = remaining / (resetMs / 1000);
  const rate = perSecond >= 1 ? `${round1(perSecond)} per second` : `${round1(perSecond * 60)} per minute`;
  return `Pace at most ${counted(remaining, 'request')} over the next ${formatDuration(resetMs)} (about ${rate})`;
}

const round1 = (n: number) => String(Math.round(n * 10) / 10);

/** Lower case, one space, no quotes or trailing punctuation: how people retype a message. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/["'`\u2018\u2019\u201C\u201D\u201E]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![.!?;:,])[.!?;:,]+$/, '');
}

/** Dice coefficient over character bigrams: tolerant of typos and small rewordings. */
function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const pair = a.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const left = counts.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/** Scores above 1 are containment (closer lengths score higher); below 1 are bigram similarity. */
function closeness(message: string, known: string): number {
  const [shorter, longer] = message.length <= known.length ? [message, known] : [known, message];
  // A single short word such as "token" is contained in too much to mean anything.
  const meaningful = shorter.includes(' ') || shorter.length >= 10;
  if (meaningful && longer.includes(shorter)) return 1 + shorter.length / longer.length;
  return dice(message, known);
}

export function matchMessage(message: string, errors: KnownError[]): MessageMatch | undefined {
  const wanted = normalise(message);
  if (!wanted) return undefined;
  const exact = errors.find((e) => normalise(e.message) === wanted);
  if (exact) return { kind: 'exact', error: exact };
  let best: { score: number; error: KnownError } | undefined;
  for (const error of errors) {
    const score = closeness(wanted, normalise(error.message));
    if (score >= 0.6 && (!best || score > best.score)) best = { score, error };
  }
  return best && { kind: 'close', error: best.error };
}

/** Lines of a plain-text body compared with the documented messages: a message is one line. */
const PLAIN_LINES = 20;
const PLAIN_LINE_LENGTH = 300;

/** The first line of a plain-text body that is, or is close to, a documented message. */
function plainMessageMatch(body: string, errors: KnownError[]): Explanation['messages'][number] | undefined {
  for (const line of body.split('\n').slice(0, PLAIN_LINES)) {
    const message = line.trim();
    const match = message.length <= PLAIN_LINE_LENGTH ? matchMessage(message, errors) : undefined;
    if (match) return { message, match };
  }
  return undefined;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Error details from common body shapes: problem objects with a title, `errors` lists or maps, error arrays. */
function readBody(json: unknown, explanation: Explanation): void {
  const items = Array.isArray(json) ? json.filter(isObject) : isObject(json) ? [json] : [];
  for (const item of items) {
    const status = readNumber(text(item.status) ?? '');
    if (status !== undefined && status >= 100 && status <= 599) explanation.bodyStatus ??= status;
    const inner = isObject(item.body) ? item.body : {};
    const title =
      text(item.title) ?? (Array.isArray(json) ? (text(inner.text) ?? text(item.message)) : undefined);
    if (title) explanation.title ??= title;
    for (const [field, value] of Object.entries(isObject(inner.fields) ? inner.fields : {}))
      explanation.fieldErrors.push({ field, message: text(value) ?? JSON.stringify(value) });
    readErrors(item.errors, explanation);
  }
}

function readErrors(errors: unknown, explanation: Explanation): void {
  if (isObject(errors)) {
    for (const [field, value] of Object.entries(errors)) {
      const message = Array.isArray(value) ? value.map((v) => text(v) ?? '').join('; ') : text(value);
      explanation.fieldErrors.push({ field, message: message ?? JSON.stringify(value) });
    }
    return;
  }
  if (!Array.isArray(errors)) return;
  for (const error of errors) {
    const message = isObject(error) ? text(error.message) : text(error);
    if (message === undefined) continue;
    const field = isObject(error) ? text(error.field) : undefined;
    if (field !== undefined) explanation.fieldErrors.push({ field, message });
    else explanation.messages.push({ message });
  }
}

/** Every code's phrases: the standard one, former ones, and each API's label and other names for it. */
function phrases(knowledge: Knowledge): Map<number, string[]> {
  const byCode = new Map<number, string[]>();
  const add = (code: number, phrase: string) => byCode.set(code, [...(byCode.get(code) ?? []), phrase]);
  for (const [code, phrase] of Object.entries(knowledge.standardPhrases)) add(Number(code), phrase);
  for (const [code, former] of Object.entries(knowledge.formerPhrases))
    former.forEach((f) => add(Number(code), f));
  for (const c of knowledge.codes) [c.label, ...c.alsoCalled].forEach((name) => add(c.code, name));
  return byCode;
}

export function explainResponse(parsed: ParsedResponse, knowledge: Knowledge): Explanation {
  const byName = new Map(knowledge.headers.map((h) => [h.name.toLowerCase(), h]));
  const explanation: Explanation = {
    messages: [],
    fieldErrors: [],
    headers: parsed.headers.map(({ name, value }) => {
      const known = byName.get(name.toLowerCase());
      return known ? { name, value, known } : { name, value };
    }),
    unrecognised: [],
  };
  const { unrecognised } = explanation;
  if (parsed.notAStatus !== undefined)
    unrecognised.push(`${parsed.notAStatus} is not an HTTP status code: status codes run from 100 to 599`);
  if (parsed.cut) {
    const [read, length] = [parsed.cut.read, parsed.cut.length].map((n) => n.toLocaleString('en'));
    explanation.notice = `Only the first ${read} characters of the ${length} pasted were read; the rest was left out.`;
  }

  if (parsed.json !== undefined) readBody(parsed.json, explanation);
  explanation.messages = explanation.messages.map(({ message }) => {
    const match = matchMessage(message, knowledge.errors);
    if (!match) unrecognised.push(`No known message matches: "${message}"`);
    return match ? { message, match } : { message };
  });

  const byCode = phrases(knowledge);
  const named = parsed.statusName === undefined ? undefined : codeNamed(parsed.statusName, byCode);
  if (parsed.statusName !== undefined && named === undefined)
    unrecognised.push(`${parsed.statusName} names no single status known here`);
  // A body that is not JSON can still be what a reader copied from one: an error's message, or a
  // status's reason phrase.
  const plainText = parsed.json === undefined && !parsed.jsonError ? parsed.body : undefined;
  const plainMessage = plainText && plainMessageMatch(plainText, knowledge.errors);
  if (plainMessage) explanation.messages.push(plainMessage);
  const plainPhrase =
    plainText && plainText.length <= 80 && !plainText.includes('\n')
      ? codeNamed(plainText, byCode)
      : undefined;
  // A documented message comes with one status: without another, it is the status of the paste.
  const matched = explanation.messages.flatMap(({ match }) => (match ? [match.error] : []));
  const messageStatus = matched.length ? matched[0]!.status : undefined;
  const pasted = parsed.status ?? explanation.bodyStatus ?? named ?? plainPhrase;
  const code = pasted ?? messageStatus;
  if (code !== undefined) {
    // The APIs whose messages the paste carries come first; alone, only theirs.
    const ofMessages = (c: KnownCode) => matched.some((e) => e.api === c.api && e.status === c.code);
    const forCode = knowledge.codes.filter((c) => c.code === code);
    const matches =
      pasted === undefined
        ? forCode.filter(ofMessages)
        : [...forCode.filter(ofMessages), ...forCode.filter((c) => !ofMessages(c))];
    const phrase = knowledge.standardPhrases[code];
    if (!phrase && !matches.length)
      unrecognised.push(`Status ${code} is not a standard HTTP status and no API here documents it`);
    const numberUrl = knowledge.numberPages[code];
    explanation.status = {
      code,
      ...(phrase ? { phrase } : {}),
      ...(code === named ? { name: parsed.statusName } : {}),
      ...(pasted === undefined ? { fromMessage: true } : {}),
      statusClass: matches[0]?.statusClass ?? `${Math.floor(code / 100)}xx`,
      matches,
      ...(numberUrl ? { numberUrl } : {}),
    };
  }

  if (parsed.requestUrl !== undefined) {
    const builder = parsed.requestUrl.includes('?') ? knowledge.queryBuilderUrl : undefined;
    explanation.request = {
      url: parsed.requestUrl,
      ...(builder ? { queryBuilderUrl: explainListUrl(builder, parsed.requestUrl) } : {}),
      ...(parsed.curl ? { curl: parsed.curl } : {}),
    };
  }

  const rateLimit = readRateLimit(explanation.headers, unrecognised);
  if (rateLimit) explanation.rateLimit = rateLimit;

  if (parsed.jsonError) unrecognised.push(parsed.jsonError);
  else if (plainText !== undefined && !plainMessage && plainPhrase === undefined)
    unrecognised.push('The body is not JSON');
  if (parsed.ignored.length)
    unrecognised.push(
      `${counted(parsed.ignored.length, 'line')} could not be read and ${parsed.ignored.length === 1 ? 'was' : 'were'} skipped`,
    );
  return explanation;
}
