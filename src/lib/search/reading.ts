/**
 * One reading of what a reader typed or pasted into search: which status codes and documented
 * messages it names, whether it is a filter operator or a list parameter, a header line or a
 * header's name, a guide's subject, a request for the lists of codes or a question, which APIs it
 * names, and which words are left to ask the index for. Everything the rest of search decides (the
 * questions to the index in lib/search/plan.ts, the order of the results in lib/search/rank.ts,
 * the status line) reads this one reading; nothing else splits the query again.
 *
 * The domain's words all come from the vocabulary (lib/search/vocabulary.ts), built from the
 * content; the only word lists here are English: the words that phrase a question or introduce a
 * status.
 */
import { clientMessage, statusNameReadings, validStatus } from '~/lib/http/client-message';
import { operatorAnchor } from '~/lib/site/urls';
import { mayMean, meantWord } from '~/lib/text/spelling';
import { asWords, topicKey, wordsOf } from '~/lib/text/words';
import { CODE_KIND, MESSAGE_KIND, OPERATOR_FILTER, PARAMETER_FILTER } from './markup';
import { normalizeQuery } from './query-text';
import {
  isMessage,
  namesOf,
  type ApiNames,
  type CodeEntry,
  type ExactAnswer,
  type MessageEntry,
  type Vocabulary,
} from './vocabulary';

/** A filter operator or a list parameter, and how the index is asked for the pages that explain it. */
export interface Focus {
  /** The index's filter that marks those pages (lib/search/markup.ts), and its value. */
  filter: typeof OPERATOR_FILTER | typeof PARAMETER_FILTER;
  value: string;
  /** What the index is asked within the filter. */
  words: string;
  /** The section to open first on the pages found. */
  anchor?: string;
}

/** A header the query names or a header line it is. */
export interface HeaderReading {
  /** The name as typed. */
  name: string;
  /** The header's filter value (lib/search/markup.ts), when the site documents it. */
  filter?: string;
  /** A header line's value. */
  value?: string;
  /**
   * Whether the header itself is what the query is about: named alone, with the word "header" or
   * in a question, or a line whose value is a count or words that no page holds. A line with a
   * value the pages explain (`Content-Type: application/xml`) is about that value.
   */
  subject: boolean;
}

export interface Reading {
  /** The query as typed, its spacing normalized. */
  text: string;
  /** The documented messages it quotes, then the listed codes it names: answered before the index. */
  exact: ExactAnswer[];
  /** Every status code it names, by number or by a whole name, listed by an API here or not. */
  codes: number[];
  /**
   * What the query names among its other words: codes by a whole name ("conflict duplicate sku")
   * or, when an API lists them, by number ("curl 429"), and in a question, headers by a name of two words or more ("how do I send the auth token", by
   * filter value). A statement that names a header ("wrong content type") is about a problem with
   * it, which the pages of codes answer.
   */
  mentions: { codes: number[]; headers: string[] };
  /**
   * Whether the query is a paste around a status or a message (a client's error line, a response
   * body, a status line inside other text, a status's name in code): its other words are the
   * client's, not the reader's, and the index is asked about the status or message alone.
   */
  pasted: boolean;
  focus?: Focus;
  header?: HeaderReading;
  /** A guide's subject it names whole (a topic filter value). */
  topic?: string;
  /** A request for the lists of codes ("error codes"), and the APIs whose lists it wants, by short name. */
  codeList?: { apis: string[] };
  /** Whether it is a question (it opens with how, what, why…). */
  question: boolean;
  /** The APIs it names, by id. */
  apis: string[];
  /** What is asked of the index, as typed (lib/search/plan.ts indexForm spaces them for it). */
  terms: string[];
  /** Terms that no page holds, as the index has shown (withIndexFacts): left out, and said. */
  unknown: string[];
  /** How many pages hold each term, where the index was asked term by term. */
  pages?: Readonly<Record<string, number>>;
  /** The query as read once its misspellings were corrected, where they were. */
  corrected?: string;
}

// ---------------------------------------------------------------------------------------------
// English words: how questions are phrased, how a status is introduced.

/** The words that open a question: "how do I paginate", "what is retry-after". */
const QUESTION_OPENERS = new Set([
  ...['how', 'what', 'why', 'when', 'where', 'which', 'who', 'can', 'could', 'should'],
  ...['does', 'do', 'did', 'is', 'are', 'am'],
]);

/** The words that phrase a question around its subject ("why is my JWT expired"). */
const QUESTION_WORDS = new Set([
  ...['how', 'what', 'why', 'when', 'where', 'which', 'who', 'can', 'could', 'should', 'does', 'do'],
  ...['did', 'is', 'am', 'are', 'was', 'were', 'be', 'i', 'me', 'my', 'we', 'our', 'you', 'your'],
  ...['it', 'its', 'this', 'that', 'a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'with', 'get'],
  ...['getting', 'got', 'keep', 'keeps', 'fix', 'mean', 'means', 'handle', 'handling', 'receive'],
  ...['receiving', 'received', 'returns', 'returned', 'returning', 'need', 'needs', 'work', 'works'],
  ...['know', 'have', 'has', 'there', 'any', 'some', 'between', 'difference', 'happens', 'happen'],
  ...['and', 'or', 'vs', 'versus', "i'm", 'im', "i've", "it's", "what's", "don't", "doesn't", "can't"],
]);

/** Whether a word only phrases a question. */
export const isQuestionWord = (word: string) => QUESTION_WORDS.has(word.toLowerCase());

/** Words around a status's name that leave it the same status: "HTTP not found", "forbidden error". */
const NAME_FILLER = new Set(['http', 'https', 'error', 'err', 'status', 'code', 'response']);

/** What may follow a status's name in a question: "what does not found mean". */
const AFTER_NAME = new Set([...NAME_FILLER, 'mean', 'means']);

/** Names of this many words at most are looked for among other words. */
const LONGEST_NAME = 4;

/** A name of two words or more may end a message of this many more: "product not found". */
const WORDS_BEFORE_NAME = 3;

/** Words after which a number is a status: "failed with 413", "got a 401", "returned 503". */
const STATUS_INTRODUCERS = new Set([
  ...['got', 'get', 'getting', 'gets', 'returned', 'returns', 'returning', 'received', 'receiving'],
  ...['responded', 'with', 'a', 'an', 'error', 'status', 'code', 'http', 'response'],
]);

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
/** A status code at the start of a text: `429`, `HTTP 429`, `error 429`, `HTTP/1.1 429`, `status: 429`. */
const CODE_AT_START =
  /^(?:(?:http(?:\/[\d.]+)?|https?|error|status|code|err)\s*(?::\s*)?)?([1-5]\d\d)(?:\s|$|[.,:;!?])/i;

/** A status class: 4xx. */
const STATUS_CLASS = /^[1-5]xx$/;

/** Words beside an operator's name that say it is one: "sql in", "in operator", "greater than". */
const OPERATOR_WORDS = new Set(['sql', 'operator', 'operators', 'filter', 'filters', 'than']);

/** The words a query adds to a header's name to say it means the header: "accept header". */
const HEADER_WORDS = new Set(['header', 'headers']);

// ---------------------------------------------------------------------------------------------
// Splitting the text.

/** What holds words apart in pasted text besides spaces: brackets, quotes, commas, `=` and `&`. */
const SEPARATORS = /[\s{}[\]()<>"“”‘`,;&=|]+/u;
/** Punctuation that ends or introduces a word in prose and logs, not part of it. */
const isEdgePunctuation = (char: string) => ".:!?*'’".includes(char);
/** Whether a character is a letter or a digit. */
const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char);

/** The text without the characters at either end that `strip` picks (a loop: linear, unlike /x+$/). */
function trimEdges(text: string, strip: (char: string) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && strip(text[start]!)) start++;
  while (end > start && strip(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * The text's words as the index should get them, punctuation aside: a body's keys are left out
 * (`{"message": …}` is no word of the reader's), and a name joined by hyphens stays one term.
 */
function tokensOf(text: string): string[] {
  const plain = /^[{[]/.test(text) ? text.replace(/"[^"\n]*"\s*:/g, ' ') : text;
  return plain
    .split(SEPARATORS)
    .map((token) => trimEdges(token, isEdgePunctuation))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** A token compared as a word: lower case, without the punctuation around it. */
const bare = (token: string) => trimEdges(token.toLowerCase(), (char) => !isWordChar(char));

// ---------------------------------------------------------------------------------------------
// Status codes.

/**
 * The status code a text names at its start: `429`, `HTTP 429`, `error 429`, `429 too many`,
 * `HTTP/1.1 429`, `status: 429`. A number inside other text (`page 2 of 429`) does not count.
 */
export function parseCodeQuery(raw: string): number | undefined {
  const q = normalizeQuery(raw);
  const match = CODE_AT_START.exec(q) ?? /"status"\s*:\s*"?([1-5]\d\d)\b/.exec(q);
  return match ? Number(match[1]) : clientMessage(q)?.status;
}

/** The APIs whose names a query has a word of ("graphql 401", "REST error codes"), by id. */
export function apisNamed(vocabulary: Vocabulary, words: readonly string[]): string[] {
  return vocabulary.apis.filter((api) => words.some((w) => api.words.has(w))).map((api) => api.id);
}

const isApiWord = (apis: readonly ApiNames[], word: string) => apis.some((api) => api.words.has(word));

/** How a query names a status by its number, and whether the number sits in a paste. */
interface NumberReading {
  code: number;
  pasted: boolean;
}

/**
 * The status a query names by number: at its start after the question's words or an API's name
 * ("what does 415 mean", "Payments 401"), in a client's error line or a response body, followed
 * by one of its names inside other text ("could not be completed: 422 Unprocessable Entity"), or
 * after a word that introduces a status ("failed with 413").
 */
function numberRead(text: string, tokens: string[], vocabulary: Vocabulary): NumberReading | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}/.]+/u)
    .filter(Boolean);
  // API names and the question's words may come before the code: "Payments 401", "what does 415 mean".
  const leading = words.findIndex(
    (word) => word !== 'api' && !QUESTION_WORDS.has(word) && !isApiWord(vocabulary.apis, word),
  );
  const typed =
    CODE_AT_START.exec(text) ?? (leading > 0 ? CODE_AT_START.exec(words.slice(leading).join(' ')) : null);
  // A status line (`HTTP/1.1 429 Too Many Requests`) is pasted, though it starts with the code.
  if (typed) return { code: Number(typed[1]), pasted: /^http\/\d/i.test(text) };
  const body = /"status"\s*:\s*"?([1-5]\d\d)\b/.exec(text);
  if (body) return { code: Number(body[1]), pasted: true };
  const client = clientMessage(text);
  if (client) return { code: client.status, pasted: true };
  for (const [i, token] of tokens.entries()) {
    const code = /^[1-5]\d\d$/.test(token) ? validStatus(token) : undefined;
    if (code === undefined) continue;
    const after = ` ${wordsOf(tokens.slice(i + 1, i + 1 + LONGEST_NAME).join(' ')).join(' ')} `;
    const named = vocabulary.codes.some(
      (entry) => entry.code === code && namesOf(entry).some((name) => after.startsWith(` ${asWords(name)} `)),
    );
    // Inside other text, the words around the status are the reader's own account of it.
    if (named || (i > 0 && STATUS_INTRODUCERS.has(bare(tokens[i - 1]!)))) return { code, pasted: true };
  }
  return undefined;
}

/**
 * The spans of a query that may be a status's name: its words after the question's own, an API's
 * name or filler words, ending anywhere in the run of filler words (or "mean") at its end; a name
 * of two words or more may also end a short message ("product not found").
 */
function nameSpans(words: string[], apis: readonly ApiNames[]): string[][] {
  const before = (word: string) => QUESTION_WORDS.has(word) || NAME_FILLER.has(word) || isApiWord(apis, word);
  let start = 0;
  while (start < words.length && before(words[start]!)) start++;
  const spans: string[][] = [];
  for (let end = words.length; end > start; end--) {
    for (let from = start; from <= start + WORDS_BEFORE_NAME && (from === start || end - from >= 2); from++)
      spans.push(words.slice(from, end));
    if (!AFTER_NAME.has(words[end - 1]!)) break;
  }
  return spans;
}

/** Whether typed words spell a name, one misspelt word or more aside; such words are no known word. */
function spellsName(typed: readonly string[], name: readonly string[], vocabulary: Vocabulary): boolean {
  return (
    typed.length === name.length &&
    typed.some((word, i) => word !== name[i]) &&
    typed.every(
      (word, i) =>
        word === name[i] || (!vocabulary.words.has(word) && !/\d/.test(word) && mayMean(word, name[i]!)),
    )
  );
}

interface NameReading {
  codes: Set<number>;
  pasted: boolean;
  /** The query with a misspelt name spelt right, where one was. */
  corrected?: string;
}

/**
 * The codes a query names by a whole name (label, standard or former phrase, other name): the
 * query as a whole, a status's name in code (`Net::HTTPTooManyRequests`), a name inside a question
 * or after filler words, or such a name misspelt ("too many reqests").
 */
function namesRead(text: string, words: string[], vocabulary: Vocabulary): NameReading {
  const codes = new Set<number>();
  const add = (name: string) => vocabulary.codeNames.get(name)?.forEach((code) => codes.add(code));
  add(asWords(text));
  const inCode = statusNameReadings(text);
  inCode.forEach(add);
  if (codes.size) return { codes, pasted: inCode.length > 0 && !vocabulary.codeNames.has(asWords(text)) };
  const spans = nameSpans(words, vocabulary.apis);
  for (const span of spans) add(span.join(' '));
  if (codes.size) return { codes, pasted: false };
  for (const span of spans)
    for (const [name, named] of vocabulary.codeNames) {
      if (!spellsName(span, name.split(' '), vocabulary)) continue;
      named.forEach((code) => codes.add(code));
      const corrected = words.join(' ').replace(span.join(' '), name);
      return { codes, pasted: false, corrected };
    }
  return { codes, pasted: false };
}

/**
 * The codes and headers whose names stand among other words of the query; headers only in a
 * question. A code's name inside a longer one counts as the longer only: "not found" is not 302 Found.
 * A code an API lists also stands there by its number ("curl 429"), when no other number does
 * ("page 2 of 429").
 */
function mentionsRead(words: string[], question: boolean, vocabulary: Vocabulary): Reading['mentions'] {
  const codes = new Set<number>();
  const headers = new Set<string>();
  const numbers = words.filter((word) => /\d/.test(word));
  const listed = numbers.length === 1 && /^[1-5]\d\d$/.test(numbers[0]!) ? Number(numbers[0]) : undefined;
  if (vocabulary.codes.some((entry) => entry.code === listed)) codes.add(listed!);
  let namedUntil = 0;
  for (let from = 0; from < words.length; from++)
    for (let length = Math.min(LONGEST_NAME + 1, words.length - from); length >= 1; length--) {
      const span = words.slice(from, from + length).join(' ');
      const named = length <= LONGEST_NAME && from >= namedUntil ? vocabulary.codeNames.get(span) : undefined;
      if (named) {
        named.forEach((c) => codes.add(c));
        namedUntil = from + length;
      }
      const header = question ? vocabulary.headerPhrases.get(span) : undefined;
      if (header !== undefined) headers.add(header);
    }
  return { codes: [...codes], headers: [...headers] };
}

/** A query must spell out this many words of a message to single it out ("JWT is expired"). */
const MESSAGE_MIN_WORDS = 3;

/**
 * The messages a query quotes: three or more of a message's words in a row ("credentials were
 * missing"), or the whole message inside a paste (the JSON of an `errors` array). Shortest first:
 * the one the quoted words make up most of.
 */
export function exactMessageMatches(entries: readonly MessageEntry[], raw: string): MessageEntry[] {
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

/** The entries of the codes named: those of an API the query names first, then current before legacy. */
function codeEntries(vocabulary: Vocabulary, codes: readonly number[], apis: readonly string[]): CodeEntry[] {
  return vocabulary.codes
    .filter((e) => codes.includes(e.code))
    .sort(
      (a, b) =>
        Number(apis.includes(b.api)) - Number(apis.includes(a.api)) || Number(a.legacy) - Number(b.legacy),
    );
}

/**
 * A reading's exact answers with the vocabulary's entries of its codes: where the vocabulary holds
 * only some codes (the browser loads those a query needs), once the entries of the reading's are in.
 */
export const exactAnswers = (reading: Reading, vocabulary: Vocabulary): ExactAnswer[] => [
  ...reading.exact.filter(isMessage),
  ...codeEntries(vocabulary, reading.codes, reading.apis),
];

/**
 * The exact answers that the chosen filters allow: each is a code's or a message's page, of its API
 * and class.
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

// ---------------------------------------------------------------------------------------------
// Operators, list parameters, headers, subjects, lists.

/**
 * The operator of a filter expression typed or pasted alone: `id:in`, `date_modified:min=2024-01-01`,
 * `?sku:like=abc`, `:not_in`. The attribute is the reader's own: only the operator is asked.
 */
export function filterOperator(query: string): string | undefined {
  return /^[?&]?(?:[a-z_][\w.]*)?:([a-z_]\w*)(?:=\S*)?$/i.exec(normalizeQuery(query))?.[1]?.toLowerCase();
}

/**
 * The operator a query may name in words, as the index files it: "not in" (`not_in`), "sql like",
 * "in operator", "greater than". A one-word name needs one of the words that mark it: "in" alone is
 * on every page.
 */
export function operatorInWords(query: string): string | undefined {
  const words = wordsOf(normalizeQuery(query));
  const name = words.filter((word) => !OPERATOR_WORDS.has(word));
  if (name.length === 0 || name.length > 2 || (name.length === 1 && words.length === 1)) return undefined;
  return name.join('_');
}

/**
 * The first parameter of a list URL in the query, with or without its method and host, in quotes
 * or not ("GET https://api.example.com/v3/catalog/products?limit=500" asks about `limit=500`), or
 * of a query string typed alone (`page=2&limit=50`).
 */
function firstListParameter(text: string): string | undefined {
  for (const token of text.split(' ')) {
    const search = /^["']?[^\s?"']*\?([^\s"']+)["']?$/.exec(token)?.[1];
    if (search && /^[?&]?[\w.:]+=/.test(search)) return search.split('&').find(Boolean);
  }
  if (/^[\w.:]+=[^\s&]*(?:&[\w.:]+=[^\s&]*)+$/.test(text)) return text.split('&')[0];
  return undefined;
}

function focusRead(text: string, vocabulary: Vocabulary): Focus | undefined {
  const query = firstListParameter(text) ?? text;
  const named = operatorInWords(query);
  const operator =
    filterOperator(query) ?? (named !== undefined && vocabulary.operators.has(named) ? named : undefined);
  if (operator) {
    // As words, the operator also matches its row's heading ("SQL NOT IN operator"), which then
    // opens first.
    const words = operator.replaceAll('_', ' ');
    return { filter: OPERATOR_FILTER, value: operator, words, anchor: operatorAnchor(operator) };
  }
  const parameter =
    /^[?&]?([a-z_]\w*)=[^\s&]*$/i.exec(query)?.[1] ??
    (/^[a-z]+_\w+$/i.test(query) && vocabulary.parameters.has(query.toLowerCase()) ? query : undefined);
  if (parameter === undefined) return undefined;
  const value = parameter.toLowerCase();
  return { filter: PARAMETER_FILTER, value, words: value };
}

/** A header line as copied from a request or response: `Cookie: session=abc123`. */
export function headerLine(query: string): { name: string; value: string } | undefined {
  const line = /^([a-z][a-z0-9-]*):[ \t]*(\S.*)$/i.exec(query.trim());
  return line ? { name: line[1]!, value: line[2]! } : undefined;
}

/**
 * The header a typed name stands for: the one with that name, in the singular or plural ("requests"
 * for "request"), or whose name ends with it (`Retry-After` for a vendor's `X-`-prefixed one, the
 * last words of a long name), or misspelt (`spelt`: "conent-type").
 */
function headerNamed(vocabulary: Vocabulary, typed: string): { filter: string; spelt: boolean } | undefined {
  const words = asWords(typed);
  if (!words) return undefined;
  const exact = vocabulary.headers.get(words);
  if (exact) return { filter: exact, spelt: false };
  const key = topicKey(words);
  const typedWords = words.split(' ');
  for (const [name, filter] of vocabulary.headers) {
    if (topicKey(name) === key) return { filter, spelt: false };
    if (typedWords.length > 1 && ` ${topicKey(name)}`.endsWith(` ${key}`)) return { filter, spelt: false };
  }
  for (const [name, filter] of vocabulary.headers)
    if (spellsName(typedWords, name.split(' '), vocabulary)) return { filter, spelt: true };
  return undefined;
}

/** A header's name typed whole with its hyphens, as headers are named: "Retry-After", "content-type". */
const HYPHENATED_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/i;

/** A value that is a count (`Retry-After: 120`): no page holds it; the line is about the header. */
const COUNT = /^\d+(?:\.\d+)?$/;

interface HeaderRead {
  header: HeaderReading;
  /** The header's name as the index should be asked for it: its own, where the query misspelt it. */
  name: string;
}

function headerRead(text: string, subject: string[], vocabulary: Vocabulary): HeaderRead | undefined {
  const line = headerLine(text);
  if (line) {
    const named = headerNamed(vocabulary, line.name);
    if (named === undefined && !HYPHENATED_NAME.test(line.name)) return undefined;
    return {
      header: { ...line, ...(named && { filter: named.filter }), subject: COUNT.test(line.value) },
      name: named?.spelt ? named.filter : line.name,
    };
  }
  const words = subject.map(bare);
  const withoutHeaderWords = subject.filter((_, i) => !HEADER_WORDS.has(words[i]!));
  const name =
    withoutHeaderWords.length && withoutHeaderWords.length < subject.length
      ? withoutHeaderWords.join(' ')
      : subject.length === 1 && HYPHENATED_NAME.test(subject[0]!)
        ? subject[0]!
        : subject.length > 1 && vocabulary.headerPhrases.has(asWords(subject.join(' ')))
          ? subject.join(' ')
          : undefined;
  const named = name === undefined ? undefined : headerNamed(vocabulary, name);
  if (named === undefined) return undefined;
  return {
    header: { name: name!, filter: named.filter, subject: true },
    name: named.spelt ? named.filter : name!,
  };
}

/** The guide's subject the words name whole, singular or plural, or misspelt ("paginaton"). */
function topicRead(
  subject: string[],
  vocabulary: Vocabulary,
): { topic: string; corrected?: string } | undefined {
  const key = topicKey(subject.join(' '));
  if (!key) return undefined;
  if (vocabulary.topics.has(key)) return { topic: key };
  const words = wordsOf(subject.join(' '));
  for (const topic of vocabulary.topics)
    if (
      spellsName(words, topic.split(' '), vocabulary) ||
      spellsName(key.split(' '), topic.split(' '), vocabulary)
    )
      return { topic, corrected: topic };
  return undefined;
}

/**
 * Whether a query asks for a list of status codes: "error codes", "http status", "list of errors",
 * "codes", "4xx", or with an API's name, "REST error codes". A lone singular word ("error",
 * "status") is not enough.
 */
function asksForCodeList(words: string[], apis: readonly ApiNames[]): boolean {
  if (
    !words.length ||
    !words.every((w) => CODE_LIST_WORDS.has(w) || STATUS_CLASS.test(w) || isApiWord(apis, w))
  )
    return false;
  if (words.some((w) => STATUS_CLASS.test(w))) return true;
  if (words.length === 1) return PLURAL_CODE_WORDS.has(words[0]!);
  return words.some((word) => CODE_WORDS.has(word));
}

// ---------------------------------------------------------------------------------------------

const EMPTY: Omit<Reading, 'text'> = {
  exact: [],
  codes: [],
  mentions: { codes: [], headers: [] },
  pasted: false,
  question: false,
  apis: [],
  terms: [],
  unknown: [],
};

/** Reads a query (see the module's comment). */
export function readQuery(raw: string, vocabulary: Vocabulary): Reading {
  const text = normalizeQuery(raw);
  if (!text) return { text, ...EMPTY };
  const tokens = tokensOf(text);
  const words = wordsOf(text);
  const apis = apisNamed(vocabulary, words);
  const question = tokens.length > 0 && QUESTION_OPENERS.has(bare(tokens[0]!));
  const asked = question ? tokens.filter((t) => !isQuestionWord(bare(t))) : tokens;
  const subject = asked.length ? asked : tokens;

  // A message inside a body is read from the body's strings, one by one.
  const strings = text.split('"').filter((_, i) => i % 2 === 1);
  const messages = [
    ...new Set([text, ...strings].flatMap((t) => exactMessageMatches(vocabulary.messages, t))),
  ].sort((a, b) => a.message.length - b.message.length);
  const number = numberRead(text, tokens, vocabulary);
  const names = number ? undefined : namesRead(text, words, vocabulary);
  // A misspelt name: the query is read as spelt right.
  if (names?.corrected !== undefined)
    return { ...readQuery(names.corrected, vocabulary), text, corrected: names.corrected };
  const codes = number ? [number.code] : [...(names?.codes ?? [])];
  const exact = [...messages, ...codeEntries(vocabulary, codes, apis)];
  const pasted = messages.length > 0 || number?.pasted === true || names?.pasted === true;
  const reading: Reading = {
    ...EMPTY,
    text,
    exact,
    codes,
    pasted,
    question,
    apis,
    mentions: codes.length ? EMPTY.mentions : mentionsRead(words, question, vocabulary),
  };

  if (messages.length) {
    // The words the messages share with the query, as the index holds them.
    const said = new Set(wordsOf(messages.map((m) => m.message).join(' ')));
    return { ...reading, terms: [...new Set(words.filter((w) => said.has(w)))] };
  }
  if (codes.length) return { ...reading, terms: pasted ? [String(codes[0])] : subject };

  const focus = focusRead(text, vocabulary);
  if (focus) return { ...reading, focus, terms: tokens };

  const read = headerRead(text, subject, vocabulary);
  if (read) {
    const { header, name } = read;
    const value = header.value === undefined || COUNT.test(header.value) ? [] : tokensOf(header.value);
    const spelt = name !== header.name;
    const headers = reading.mentions.headers.filter((h) => h !== header.filter);
    return {
      ...reading,
      header,
      mentions: { ...reading.mentions, headers },
      terms: header.value === undefined && !spelt ? subject : [name, ...value],
      ...(spelt && { corrected: text.replace(header.name, name) }),
    };
  }

  const subjectWords = wordsOf(subject.join(' '));
  if (asksForCodeList(subjectWords, vocabulary.apis))
    return {
      ...reading,
      codeList: { apis: vocabulary.apis.filter((api) => apis.includes(api.id)).map((api) => api.shortName) },
      terms: subject,
    };
  const topic = topicRead(subject, vocabulary);
  if (topic)
    return {
      ...reading,
      topic: topic.topic,
      terms: topic.corrected === undefined ? subject : topic.corrected.split(' '),
      ...(topic.corrected !== undefined && { corrected: topic.corrected }),
    };
  return { ...reading, terms: subject };
}

/** The text with the first whole word `word` (in any case) replaced. */
function replaceWord(text: string, word: string, by: string): string {
  const parts = text.split(/([^\p{L}\p{N}]+)/u);
  const at = parts.findIndex((part) => part.toLowerCase() === word.toLowerCase());
  if (at >= 0) parts[at] = by;
  return parts.join('');
}

/**
 * The terms without those no page holds; none when only words that phrase a sentence are left,
 * which say nothing once its subject is on no page ("I'm a teapot").
 */
function knownTerms(terms: readonly string[], unknown: readonly string[]): string[] {
  const known = terms.filter((term) => !unknown.includes(term));
  return unknown.length && known.every((term) => isQuestionWord(bare(term))) ? [] : known;
}

/** What the index has shown of a reading's terms. */
export interface IndexFacts {
  /** The terms no page holds. */
  unknown: readonly string[];
  /** How many pages hold each term, where they were counted. */
  pages?: Readonly<Record<string, number>>;
}

/**
 * The reading once the index has shown which of its terms no page holds. A misspelling of a word
 * the vocabulary knows ("reqests", "limt") is read as that word, and the whole query read again
 * (it may now name a status or a subject); other such terms are left out, and the status line
 * names them. A header line whose own value no page holds is about the header.
 */
export function withIndexFacts(reading: Reading, facts: IndexFacts, vocabulary: Vocabulary): Reading {
  let text = reading.corrected ?? reading.text;
  const unknown: string[] = [];
  for (const term of facts.unknown) {
    const meant = /^\p{L}+$/u.test(term) ? meantWord(term.toLowerCase(), vocabulary.words) : undefined;
    if (meant === undefined) unknown.push(term);
    else text = replaceWord(text, term, meant);
  }
  const source = text === (reading.corrected ?? reading.text) ? reading : readQuery(text, vocabulary);
  const header =
    source.header && unknown.length && tokensOf(source.header.value ?? '').some((t) => unknown.includes(t))
      ? { ...source.header, subject: true }
      : source.header;
  return {
    ...source,
    text: reading.text,
    ...(text !== reading.text && { corrected: text }),
    ...(header && { header }),
    terms: knownTerms(source.terms, unknown),
    unknown: [...reading.unknown, ...unknown],
    ...(facts.pages && { pages: { ...reading.pages, ...facts.pages } }),
  };
}
