/**
 * The words search understands, every one of them derived from the content: each listed code's
 * label, standard phrase, former phrases and other names (alsoCalled), the registry's phrases of the
 * codes no API lists, the documented error messages, the APIs' names, and the values of the index's
 * own filters, which the pages' markup writes from the content (lib/search/markup.ts): the guides'
 * subjects and their other names, the filter operators, the list parameters and the header names.
 * No word of the domain is typed here.
 *
 * Where the codes and messages come from is the caller's: in the browser, the search data the build
 * writes (lib/search/search-data.ts: the words of every name, and the names and codes a query
 * needs, loaded per query); in the tests and the recording, the status export. Any source of
 * `VocabularySources` will do.
 */
import { asWords, topicKey, wordsOf } from '~/lib/text/words';
import { HEADER_FILTER, OPERATOR_FILTER, PARAMETER_FILTER, TOPIC_FILTER } from './markup';

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

/** An error message an API documents. */
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

/** What a query can get as an exact answer, above the index's results. */
export type ExactAnswer = CodeEntry | MessageEntry;

export const isMessage = (answer: ExactAnswer): answer is MessageEntry => 'message' in answer;

/** An API as search names it. */
export interface ApiEntry {
  id: string;
  name: string;
  shortName: string;
}

/**
 * A registered code that no API lists, such as the 504 a gateway answers with: its number page is
 * its only page. Its names are the registry's phrase and former phrases.
 */
export interface UndocumentedCode {
  code: number;
  names: string[];
}

/** What the vocabulary is built from: the codes and messages the APIs list, and the index's filter values. */
export interface VocabularySources {
  codes: CodeEntry[];
  messages: MessageEntry[];
  /** The registered codes no API lists, named by the registry alone. */
  undocumented?: readonly UndocumentedCode[];
  /** Each filter of the index with its values, as the pages' markup writes them (lib/search/markup.ts). */
  filters: Record<string, readonly string[]>;
  /**
   * Where only some codes are at hand (the browser loads those a query needs), what the rest of the
   * vocabulary needs of all of them: the APIs in the order of the codes, the names of the codes
   * that matter (by default, every name of `codes`), and the words of every name.
   */
  apis?: readonly ApiEntry[];
  codeNames?: Map<string, Set<number>>;
  nameWords?: Iterable<string>;
}

/** What search reads of the status export (/status-codes.json, lib/exports/status-export.ts). */
export interface StatusExportData {
  apis: { id: string; name: string; shortName: string }[];
  codes: Omit<CodeEntry, 'apiName' | 'apiShortName'>[];
  graphqlErrors: Pick<MessageEntry, 'api' | 'status' | 'message' | 'title' | 'url'>[];
}

/**
 * The codes and messages of the status export, each with its API's names. The export holds
 * canonical absolute URLs; links stay on the origin being browsed, so each keeps its path only.
 */
export function entriesOfExport(data: StatusExportData): Pick<VocabularySources, 'codes' | 'messages'> {
  const apiOf = new Map(data.apis.map((a) => [a.id, a]));
  const local = <T extends { api: string; url: string }>(entry: T) => ({
    ...entry,
    url: new URL(entry.url).pathname,
    apiName: apiOf.get(entry.api)?.name ?? entry.api,
    apiShortName: apiOf.get(entry.api)?.shortName ?? entry.api,
  });
  return {
    codes: data.codes.map(local),
    messages: data.graphqlErrors.map((m) => ({ ...local(m), class: `${String(m.status)[0]}xx` })),
  };
}

export interface ApiNames {
  id: string;
  shortName: string;
  /** The words that name it in a query: its id and the words of its name ("api" aside). */
  words: Set<string>;
}

export interface Vocabulary {
  /** The APIs, in the order of the codes. */
  apis: ApiNames[];
  codes: CodeEntry[];
  messages: MessageEntry[];
  /**
   * Each name of a listed code (label, phrases, other names) and of a registered code no API lists
   * (its phrases), as words, with the codes it names.
   */
  codeNames: Map<string, Set<number>>;
  /** The guides' subjects and other names, each as its topic filter value (lib/text/words topicKey). */
  topics: Set<string>;
  operators: Set<string>;
  parameters: Set<string>;
  /** Each header's name as words ("x retry after"), with its filter value. */
  headers: Map<string, string>;
  /**
   * The names of two words or more a header goes by among other words, with its filter value: its
   * name, and without the `X-` of a vendor's header ("api key" for a header named X-Api-Key).
   */
  headerPhrases: Map<string, string>;
  /** Every word of the names above, the spellings a misspelt word is read against. */
  words: Set<string>;
}

/** Every name a code goes by. */
export const namesOf = (entry: CodeEntry) => [
  entry.label,
  ...(entry.standardPhrase === null ? [] : [entry.standardPhrase]),
  ...entry.formerPhrases,
  ...entry.alsoCalled,
];

/** The APIs of the entries, in the order they first come. */
export function apisOf(entries: readonly (CodeEntry | MessageEntry)[]): ApiEntry[] {
  const apis = new Map<string, ApiEntry>();
  for (const entry of entries)
    if (!apis.has(entry.api))
      apis.set(entry.api, { id: entry.api, name: entry.apiName, shortName: entry.apiShortName });
  return [...apis.values()];
}

const apiNamesOf = (apis: readonly ApiEntry[]): ApiNames[] =>
  apis.map((api) => ({
    id: api.id,
    shortName: api.shortName,
    words: new Set(wordsOf(`${api.id} ${api.name}`).filter((w) => w.length > 2 && w !== 'api')),
  }));

/** Each name of the codes (label, phrases, other names), as words, with the codes it names. */
export function codeNamesOf(codes: readonly (CodeEntry | UndocumentedCode)[]): Map<string, Set<number>> {
  const codeNames = new Map<string, Set<number>>();
  for (const entry of codes)
    for (const name of 'names' in entry ? entry.names : namesOf(entry)) {
      const key = asWords(name);
      if (!key) continue;
      if (!codeNames.has(key)) codeNames.set(key, new Set());
      codeNames.get(key)!.add(entry.code);
    }
  return codeNames;
}

export function buildVocabulary({
  codes,
  messages,
  filters,
  undocumented = [],
  apis: apiEntries = apisOf([...codes, ...messages]),
  codeNames: listedNames = codeNamesOf(codes),
  nameWords = [...listedNames.keys()].flatMap(wordsOf),
}: VocabularySources): Vocabulary {
  // The names of codes no API lists are few, and always at hand: no shard holds them.
  const undocumentedNames = codeNamesOf(undocumented);
  const codeNames = new Map(listedNames);
  for (const [name, named] of undocumentedNames)
    codeNames.set(name, new Set([...(codeNames.get(name) ?? []), ...named]));
  const headers = new Map((filters[HEADER_FILTER] ?? []).map((value) => [asWords(value), value]));
  const headerPhrases = new Map<string, string>();
  for (const [name, value] of headers) {
    const words = name.split(' ');
    for (const phrase of [words, words[0] === 'x' ? words.slice(1) : []])
      if (phrase.length > 1) headerPhrases.set(phrase.join(' '), value);
  }
  const topics = new Set(filters[TOPIC_FILTER] ?? []);
  const operators = new Set(filters[OPERATOR_FILTER] ?? []);
  const parameters = new Set(filters[PARAMETER_FILTER] ?? []);
  const apis = apiNamesOf(apiEntries);
  const words = new Set([
    ...nameWords,
    ...[...undocumentedNames.keys()].flatMap(wordsOf),
    ...[
      ...messages.map((m) => m.message),
      ...headers.keys(),
      ...topics,
      ...apis.flatMap((api) => [...api.words]),
    ].flatMap(wordsOf),
  ]);
  for (const value of [...operators, ...parameters]) words.add(value);
  return { apis, codes, messages, codeNames, topics, operators, parameters, headers, headerPhrases, words };
}

export const EMPTY_VOCABULARY = buildVocabulary({ codes: [], messages: [], filters: {} });

/** The topic a text names whole, if the vocabulary has it: "Retries" and "retry" name `retry`. */
export function topicNamed(vocabulary: Vocabulary, text: string): string | undefined {
  const key = topicKey(text);
  return vocabulary.topics.has(key) ? key : undefined;
}
