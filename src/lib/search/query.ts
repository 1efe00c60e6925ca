/**
 * Reading what a reader typed or pasted into search: the code or message it names exactly, terms to
 * highlight, safe limits.
 */
import { clientMessage, phraseReadings } from '~/lib/http/client-message';
import { withoutDirectionControls } from '~/lib/text/direction';
import { asWords, wordsOf } from '~/lib/text/words';
import { operatorAnchor } from '~/lib/site/urls';
import { CODE_KIND, MESSAGE_KIND, OPERATOR_FILTER, PARAMETER_FILTER } from './markup';

/** Longer input is cut: nobody types more, and a pasted novel must not slow the page down. */
export const MAX_QUERY_LENGTH = 200;

export function normalizeQuery(raw: string): string {
  return withoutDirectionControls(raw.slice(0, MAX_QUERY_LENGTH * 4))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The query as the index should read it. Pagefind files a name like `X-Request-Count` under the
 * whole name and under each part, but reads a typed `Request-Count` as one word that no page holds,
 * and finds nothing; `price:min` finds the home page first. A hyphen or colon between two words
 * becomes a space, so a header's name, any part of it or an operator finds the pages holding all
 * its words, and a whole name still ranks its own page first. Beside a digit it stays: `UTF 8`
 * asked for an "8", which one page holds apart, and found only that page.
 */
export function indexQuery(query: string): string {
  return querySubject(query).replace(/(?<=[\p{L}_])[-:](?=[\p{L}_])/gu, ' ');
}

/** What a query is about: a question without its words, a header line with a count without it. */
export function querySubject(query: string): string {
  return headerName(withoutQuestion(query));
}

/** The words that open a question: "how do I paginate", "what is retry-after". */
const QUESTION_OPENERS = new Set([
  ...['how', 'what', 'why', 'when', 'where', 'which', 'who', 'can', 'could', 'should'],
  ...['does', 'do', 'did', 'is', 'are', 'am'],
]);

/**
 * A question without its own words, which the index would otherwise want on every page it finds:
 * "what is retry-after" found the list of headers and not the header, which never says "what",
 * and "what is the default page size" found nothing. Other queries stay as typed.
 */
function withoutQuestion(query: string): string {
  const words = query.split(' ');
  // The lookbehind starts the match at the first mark of the run only: linear time.
  const bare = (word: string) => word.replace(/(?<![?!.,;:])[?!.,;:]+$/, '');
  if (!QUESTION_OPENERS.has(bare(words[0]!).toLowerCase())) return query;
  const subject = words.map(bare).filter((word) => word && !isQuestionWord(word));
  return subject.length ? subject.join(' ') : query;
}

/**
 * The operator of a filter expression typed or pasted alone: `id:in`, `date_modified:min=2024-01-01`,
 * `?sku:like=abc`, `:not_in`. The attribute is the reader's own (no page names `sku`) and the
 * operator a short word (`in` is on every page): the index is asked for the operator's rows instead.
 */
export function filterOperator(query: string): string | undefined {
  return /^[?&]?(?:[a-z_][\w.]*)?:([a-z_]\w*)(?:=\S*)?$/i.exec(normalizeQuery(query))?.[1]?.toLowerCase();
}

/** Where a query points the index: the pages a filter marks, asked for one word. */
export interface IndexFocus {
  filter: string;
  value: string;
  /** What the index is asked within the filter. */
  words: string;
  /** The section to open first on the pages found. */
  anchor?: string;
}

/** Words beside an operator's name that say it is one: "sql in", "in operator", "greater than". */
const OPERATOR_WORDS = new Set(['sql', 'operator', 'operators', 'filter', 'filters', 'than']);

/**
 * The operator a query may name in words, as the index files it: "not in" (`not_in`), "sql like",
 * "in operator", "greater than". A one-word name needs one of the words that mark it: "in" alone is
 * on every page. Whether the site documents such an operator is for the caller to check.
 */
export function operatorInWords(query: string): string | undefined {
  const words = wordsOf(normalizeQuery(query));
  const name = words.filter((word) => !OPERATOR_WORDS.has(word));
  if (name.length === 0 || name.length > 2 || (name.length === 1 && words.length === 1)) return undefined;
  return name.join('_');
}

/**
 * The first parameter of a list URL pasted whole, with or without its method and host
 * ("GET https://api.example.com/v3/catalog/products?limit=500" asks about `limit=500`): as a
 * whole, it found the flows about 401, which say "store" and "v3".
 */
function firstListParameter(query: string): string | undefined {
  const url = /^(?:[A-Z]+\s+)?(\S+)$/.exec(normalizeQuery(query))?.[1] ?? '';
  const search = url.slice(url.lastIndexOf('?') + 1);
  return url.includes('?') ? search.split('&').find(Boolean) : undefined;
}

/**
 * A filter expression asks for its operator's rows (`id:in`), and so does an operator named in words
 * that is one of `operators` ("not in" found 404 Not Found first); a single list parameter with its
 * value, for the guide that explains it (`limit=250`: "limit" alone found the legacy 509 Bandwidth
 * Limit Exceeded first). Undefined when the query is anything else.
 */
export function queryFocus(
  typed: string,
  operators: ReadonlySet<string> = new Set(),
): IndexFocus | undefined {
  const query = firstListParameter(typed) ?? typed;
  const named = operatorInWords(query);
  const operator = filterOperator(query) ?? (named && operators.has(named) ? named : undefined);
  if (operator) {
    // As words, the operator also matches its row's heading ("SQL NOT IN operator"), which then
    // opens first: `not_in` matched only the prose below the table.
    const words = operator.replaceAll('_', ' ');
    return { filter: OPERATOR_FILTER, value: operator, words, anchor: operatorAnchor(operator) };
  }
  const parameter = /^[?&]?([a-z_]\w*)=[^\s&]*$/i.exec(normalizeQuery(query))?.[1];
  return parameter ? { filter: PARAMETER_FILTER, value: parameter, words: parameter } : undefined;
}

/** The words that say what a list of codes lists. */
const CODE_WORDS = new Set(['code', 'codes', 'status', 'statuses', 'error', 'errors']);
/** Of those, the ones that ask for a list alone. */
const PLURAL_CODE_WORDS = new Set(['codes', 'statuses', 'errors']);
/** Words of a query that asks for the list of codes, not one of them ("http status codes"). */
const CODE_LIST_WORDS = new Set([
  ...CODE_WORDS,
  ...['http', 'https', 'api', 'apis', 'response', 'responses', 'reference', 'table'],
  ...['list', 'lists', 'all', 'every', 'of', 'the'],
]);

/**
 * Whether a query asks for a list of status codes: "error codes", "http status", "list of errors",
 * "codes", or with an API's name, "REST error codes". Full-text search put one code's page first
 * for these ("error codes" gave 500 Internal Server Error, "http status codes" a flow that says
 * "HTTP status" often, "REST error codes" the home page), or left the lists out. A lone singular
 * word ("error", "status") is not enough.
 */
export function asksForCodeList(query: string, entries: CodeEntry[] = []): boolean {
  const words = wordsOf(normalizeQuery(query));
  const names = [...apiNameWords(entries).values()];
  if (!words.every((word) => CODE_LIST_WORDS.has(word) || names.some((n) => n.has(word)))) return false;
  if (words.length === 1) return PLURAL_CODE_WORDS.has(words[0]!);
  return words.some((word) => CODE_WORDS.has(word));
}

/**
 * The lists of codes first, in their given order (all codes by number, then each API's, as the
 * navigation has them), then the other results. A list the index ranked is kept in the ranked
 * copy, which knows the words it matched.
 */
export function codeListsFirst<T extends { id: string }>(ranked: T[], lists: T[]): T[] {
  const listIds = new Set(lists.map((result) => result.id));
  const rankedById = new Map(ranked.map((result) => [result.id, result]));
  return [
    ...lists.map((list) => rankedById.get(list.id) ?? list),
    ...ranked.filter((result) => !listIds.has(result.id)),
  ];
}

/** The words that phrase a question around its subject ("why is my JWT expired"). */
const QUESTION_WORDS = new Set([
  ...['how', 'what', 'why', 'when', 'where', 'which', 'who', 'can', 'could', 'should', 'does', 'do'],
  ...['did', 'is', 'am', 'are', 'was', 'were', 'be', 'i', 'me', 'my', 'we', 'our', 'you', 'your'],
  ...['it', 'its', 'this', 'that', 'a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'with', 'get'],
  ...['getting', 'got', 'keep', 'keeps', 'fix', 'mean', 'means', 'handle', 'handling', 'receive'],
  ...['receiving', 'received', 'returns', 'returned', 'returning', 'need', 'needs', 'work', 'works'],
]);

/**
 * Whether a word only phrases the question: when no page holds every word of a query, these are
 * left out first, whatever their count (a docs site says "why" and "my" on few pages).
 */
export const isQuestionWord = (word: string) => QUESTION_WORDS.has(word.toLowerCase());

/** A question's subject: its words other than the question's own, when it has both. */
export function questionSubject(words: string[]): string[] | undefined {
  const subject = words.filter((word) => !isQuestionWord(word));
  return subject.length && subject.length < words.length ? subject : undefined;
}

/**
 * The order in which to leave out a query's words when no page holds them all: of the words some
 * page holds (`pages[i]` counts the pages holding `words[i]`), the question's words first, then the
 * commonest.
 */
export function wordsToLeaveOut(words: string[], pages: number[]): string[] {
  const count = new Map(words.map((word, i) => [word, pages[i] ?? 0]));
  return words
    .filter((word) => count.get(word)! > 0)
    .sort((a, b) => Number(isQuestionWord(b)) - Number(isQuestionWord(a)) || count.get(b)! - count.get(a)!);
}

/** A header line as copied from a request or response: `Cookie: session=abc123`. */
export interface HeaderLine {
  name: string;
  value: string;
}

/** The header line a query is, if it is one. */
export function headerLine(query: string): HeaderLine | undefined {
  const line = /^([a-z][a-z\d-]*):[ \t]*(\S.*)$/i.exec(query.trim());
  return line ? { name: line[1]!, value: line[2]! } : undefined;
}

/**
 * A header line with a number for its value (`Retry-After: 120`) reads as the header's name: no
 * page holds that count, and asking for it left the header's own page out (a line ending in `: 0`
 * found only the pages with a 0 beside the name). Other values stay: `Content-Type: text/plain`
 * finds the status for an unsupported type, and the search engine checks them for the reader's own
 * words.
 */
function headerName(query: string): string {
  const line = headerLine(query);
  return line && /^\d+(?:\.\d+)?$/.test(line.value) ? line.name : query;
}

/**
 * The status code a query names, if it names one: `429`, `HTTP 429`, `error 429`, `429 too many`,
 * `HTTP/1.1 429`, `status: 429`, an HTTP client's error message pasted whole (`Request failed with
 * status code 401`), or an error body's `"status": 422`. A number inside other text (`page 2 of
 * 429`) does not count.
 */
export function parseCodeQuery(raw: string): number | undefined {
  const q = normalizeQuery(raw);
  const match =
    /^(?:(?:http(?:\/[\d.]+)?|https?|error|status|code|err)\s*(?::\s*)?)?([1-5]\d\d)(?:\s|$|[.,:;!?])/i.exec(
      q,
    ) ?? /"status"\s*:\s*"?([1-5]\d\d)\b/.exec(q);
  return match ? Number(match[1]) : clientMessage(q)?.status;
}

export interface CodeEntry {
  api: string;
  apiName: string;
  /** As the search filters name the API. */
  apiShortName: string;
  code: number;
  /** The status class, e.g. 4xx. */
  class: string;
  label: string;
  /** The registry's reason phrase, or null for a code outside the registry. */
  standardPhrase: string | null;
  /** What earlier specifications called it, as client libraries still print ("Payload Too Large"). */
  formerPhrases: string[];
  /** Other names developers give the situation ("validation error" for a 422). */
  alsoCalled: string[];
  /** One sentence on what the code means for this API, as inline Markdown. */
  summary: string;
  url: string;
  legacy: boolean;
}

/** An error message an API documents, as the status export lists it. */
export interface MessageEntry {
  api: string;
  apiName: string;
  apiShortName: string;
  /** The HTTP status it arrives with, and that status's class, e.g. 4xx. */
  status: number;
  class: string;
  message: string;
  title: string;
  url: string;
}

/** What a query can get as an exact answer, above the full-text results. */
export type ExactAnswer = CodeEntry | MessageEntry;

export const isMessage = (answer: ExactAnswer): answer is MessageEntry => 'message' in answer;

/**
 * The codes whose API label, standard phrase, former phrase or other name the query spells out
 * whole: "not found" names 404, "missing or invalid data" the REST 422, "payload too large" 413,
 * "validation error" the 422 that is called so, and so does a status's name in code
 * (`Net::HTTPTooManyRequests` 429). Full-text search ranks such a page below shorter ones that share
 * a word ("not found" put 302 Found first), and finds no code's name at all.
 */
function phraseCodes(entries: CodeEntry[], raw: string): Set<number> {
  const readings = phraseReadings(normalizeQuery(raw));
  for (const name of askedNames(wordsOf(normalizeQuery(raw)), [...apiNameWords(entries).values()]))
    readings.add(name);
  if (readings.size === 0) return new Set();
  const names = (e: CodeEntry) => [e.label, e.standardPhrase ?? '', ...e.formerPhrases, ...e.alsoCalled];
  return new Set(
    entries.filter((e) => names(e).some((name) => readings.has(asWords(name)))).map((e) => e.code),
  );
}

/** Words around a status's name that leave it the same status: "HTTP not found", "forbidden error". */
const NAME_FILLER = new Set(['http', 'https', 'error', 'err', 'status', 'code', 'response']);

/** What may follow a status's name in a question: "what does not found mean". */
const AFTER_NAME = new Set([...NAME_FILLER, 'mean', 'means']);

/** A name of two words or more may end a message of this many more: "product not found". */
const WORDS_BEFORE_NAME = 3;

/**
 * The names a question may ask about: its words after the question's own, an API's name or filler
 * words, ending anywhere in the run of filler words (or "mean") at its end. "why am I getting
 * method not allowed", "what does unprocessable entity mean", "too many requests error" and "how
 * to fix validation error" ask for a status by its name (the last both as "validation error" and
 * as "validation"). A name of two words or more may also end a short message: "product not
 * found", "the requested resource was not found".
 */
function askedNames(words: string[], apiNames: Set<string>[]): string[] {
  const before = (word: string) =>
    isQuestionWord(word) || NAME_FILLER.has(word) || apiNames.some((names) => names.has(word));
  let start = 0;
  while (start < words.length && before(words[start]!)) start++;
  const names: string[] = [];
  for (let end = words.length; end > start; end--) {
    for (let from = start; from <= start + WORDS_BEFORE_NAME && (from === start || end - from >= 2); from++)
      names.push(words.slice(from, end).join(' '));
    if (!AFTER_NAME.has(words[end - 1]!)) break;
  }
  return names;
}

/** The words that name an API in a query: its id and the words of its name ("api" aside). */
function apiWords(entry: CodeEntry): Set<string> {
  const words = wordsOf(`${entry.api} ${entry.apiName}`);
  return new Set(words.filter((word) => word.length > 2 && word !== 'api'));
}

/** Each API's name words, by API id, in the entries' order. */
function apiNameWords(entries: CodeEntry[]): Map<string, Set<string>> {
  const namesByApi = new Map<string, Set<string>>();
  for (const entry of entries) if (!namesByApi.has(entry.api)) namesByApi.set(entry.api, apiWords(entry));
  return namesByApi;
}

/** The APIs whose names a query has a word of ("graphql 401", "REST error codes"), by id. */
export function apisNamed(entries: CodeEntry[], query: string): string[] {
  const words = wordsOf(normalizeQuery(query));
  return [...apiNameWords(entries)]
    .filter(([, names]) => words.some((w) => names.has(w)))
    .map(([api]) => api);
}

/**
 * The entries for the code a query names, by number (after the API's name or the question's words,
 * if any) or by its whole label or phrase: first those of an API the query names too (for an API
 * called Payments, `payments 401` or `401 Payments token`), then current before legacy, otherwise
 * in the given API order.
 */
export function exactCodeMatches(entries: CodeEntry[], raw: string): CodeEntry[] {
  const words = normalizeQuery(raw)
    .toLowerCase()
    .split(/[^\p{L}\p{N}/.]+/u)
    .filter(Boolean);
  const names = [...apiNameWords(entries).values()];
  // API names and the question's words may come before the code: "Payments 401", "Payments API
  // 401", "what does 415 mean" and "how to handle a 429" read as the code.
  const leading = words.findIndex(
    (word) => word !== 'api' && !isQuestionWord(word) && !names.some((n) => n.has(word)),
  );
  const code =
    parseCodeQuery(raw) ?? (leading > 0 ? parseCodeQuery(words.slice(leading).join(' ')) : undefined);
  const codes = code === undefined ? phraseCodes(entries, raw) : new Set([code]);
  if (codes.size === 0) return [];
  const named = new Set(apisNamed(entries, raw));
  return entries
    .filter((e) => codes.has(e.code))
    .sort(
      (a, b) => Number(named.has(b.api)) - Number(named.has(a.api)) || Number(a.legacy) - Number(b.legacy),
    );
}

/** The words worth highlighting on a destination page: at most five, two characters or more. */
export function highlightTerms(raw: string): string[] {
  const words = normalizeQuery(raw)
    .toLowerCase()
    .split(/[\s"'“”‘’()[\]{}<>]+/)
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 5);
}

/** A query must spell out this many words of a message to single it out ("JWT is expired"). */
const MESSAGE_MIN_WORDS = 3;

/**
 * The messages a query quotes: three or more of a message's words in a row ("credentials were
 * missing"), or the whole message inside a paste (the JSON of an `errors` array). Shortest first:
 * the one the quoted words make up most of.
 */
export function exactMessageMatches(entries: MessageEntry[], raw: string): MessageEntry[] {
  const query = asWords(normalizeQuery(raw));
  if (!query) return [];
  const quotes = query.split(' ').length >= MESSAGE_MIN_WORDS;
  return entries
    .filter((e) => {
      const message = asWords(e.message);
      return (quotes && ` ${message} `.includes(` ${query} `)) || ` ${query} `.includes(` ${message} `);
    })
    .sort((a, b) => a.message.length - b.message.length);
}

/**
 * The exact answers that the chosen filters allow: each is a code's or a message's page, of its API
 * and class. Without this, the GraphQL chip still showed the REST 401 above the GraphQL results.
 */
export function withinFilters<T extends ExactAnswer>(
  entries: T[],
  filters: { api?: string | undefined; kind?: string | undefined; class?: string | undefined },
): T[] {
  return entries.filter(
    (e) =>
      (!filters.api || filters.api === e.apiShortName) &&
      (!filters.kind || filters.kind === (isMessage(e) ? MESSAGE_KIND : CODE_KIND)) &&
      (!filters.class || filters.class === e.class),
  );
}
