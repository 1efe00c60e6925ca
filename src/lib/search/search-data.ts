/**
 * The data search reads in the browser, split so that what a query fetches does not grow with the
 * pages it does not touch (the build writes it: src/pages/_search/data/):
 *
 * - the vocabulary file, loaded when search opens, bounded by the language of the content rather
 *   than by its number of pages: the APIs, the documented messages, the filter values the reading
 *   and the filter controls need, every word of the codes' names, and the keys of the name shards;
 * - the name shards: the codes' names grouped by their first word, each with the codes it names;
 * - the code shards: one per status code, with that code's entry for each API that lists it.
 *
 * `shardsFor` picks the shards a query can need, so that reading it with them is reading it with
 * every name and code (lib/search/reading.ts); `vocabularyFor` loads them, through whatever loads
 * a shard (the browser fetches them, scripts/search/engine.ts), and builds the vocabulary.
 */
import { statusNameReadings } from '~/lib/http/client-message';
import { mayMean } from '~/lib/text/spelling';
import { wordsOf } from '~/lib/text/words';
import type { FilterName } from './state';
import { normalizeQuery } from './query-text';
import { readQuery } from './reading';
import {
  apisOf,
  buildVocabulary,
  codeNamesOf,
  type ApiEntry,
  type CodeEntry,
  type MessageEntry,
  type UndocumentedCode,
  type Vocabulary,
} from './vocabulary';

/** The folder of the search data, beside the search code the pages load (lib/site/urls.ts). */
export const SEARCH_DATA_DIR = '_search';
export const SEARCH_DATA_PATH = `/${SEARCH_DATA_DIR}/data`;
export const VOCABULARY_PATH = `${SEARCH_DATA_PATH}/vocabulary.json`;
/** A name shard's key is a word (letters and digits, lib/text/words.ts), safe in a path as it is. */
export const nameShardPath = (key: string) => `${SEARCH_DATA_PATH}/names/${encodeURIComponent(key)}.json`;
export const codeShardPath = (code: number) => `${SEARCH_DATA_PATH}/codes/${code}.json`;

/** The filters whose values the reading takes from the vocabulary file (lib/search/markup.ts). */
export type IndexFilters = Record<'topic' | 'operator' | 'parameter' | 'header', string[]>;

export interface SearchVocabularyData {
  /** The APIs, in the order of their codes. */
  apis: ApiEntry[];
  messages: MessageEntry[];
  /** The guides' subjects, the filter operators, the list parameters and the header names, as the index files them. */
  filters: IndexFilters;
  /** The values of the filters the reader chooses from (API, kind, class), sorted. */
  choices: Record<FilterName, string[]>;
  /** The registered codes no API lists, with their names: few, so never in a shard. */
  undocumented: UndocumentedCode[];
  /** Every word of the codes' names. */
  words: string[];
  /** The first words of the codes' names: the keys of the name shards. */
  names: string[];
  /** The codes an API lists: the keys of the code shards. */
  codes: number[];
  /** Every shard, by key, on a site small enough to carry them here (`withShardsInline`). */
  shards?: { names: Record<string, NameShard>; codes: Record<string, CodeEntry[]> };
}

/**
 * Up to this many code entries, the vocabulary file carries every shard: the first query of a small
 * site then waits for no file (shards fetched per query cost it a round trip before the index is
 * asked, and another before the ranking). The default content has about a hundred.
 */
export const INLINE_ENTRIES_MAX = 300;

/** The vocabulary file with every shard inside it, where the site has few enough code entries. */
export function withShardsInline(
  data: SearchVocabularyData,
  names: ReadonlyMap<string, NameShard>,
  codes: ReadonlyMap<number, CodeEntry[]>,
): SearchVocabularyData {
  const entries = [...codes.values()].reduce((n, list) => n + list.length, 0);
  if (entries > INLINE_ENTRIES_MAX) return data;
  return { ...data, shards: { names: Object.fromEntries(names), codes: Object.fromEntries(codes) } };
}

/**
 * The names of the codes that begin with one word: each name as words, its place among every name
 * (the order the whole vocabulary lists them in, which decides between two readings of a typo),
 * and the codes it names.
 */
export type NameShard = [name: string, place: number, codes: number[]][];

/** Each code's name shards by first word. */
export function nameShardsOf(codes: readonly CodeEntry[]): Map<string, NameShard> {
  const shards = new Map<string, NameShard>();
  let place = 0;
  for (const [name, named] of codeNamesOf(codes)) {
    const key = name.split(' ')[0]!;
    if (!shards.has(key)) shards.set(key, []);
    shards.get(key)!.push([name, place++, [...named]]);
  }
  return shards;
}

/** What search shows of a message's entry: the entry without what the export adds for other readers. */
export const messageEntryOf = (m: MessageEntry): MessageEntry => ({
  api: m.api,
  apiName: m.apiName,
  apiShortName: m.apiShortName,
  status: m.status,
  class: m.class,
  message: m.message,
  title: m.title,
  url: m.url,
});

/** What search shows of a code's entry: the entry without what the export adds for other readers. */
export const codeEntryOf = (e: CodeEntry): CodeEntry => ({
  api: e.api,
  apiName: e.apiName,
  apiShortName: e.apiShortName,
  code: e.code,
  class: e.class,
  label: e.label,
  standardPhrase: e.standardPhrase,
  formerPhrases: e.formerPhrases,
  alsoCalled: e.alsoCalled,
  summary: e.summary,
  url: e.url,
  legacy: e.legacy,
});

/** The code shards: each code's entries, in the order of `codes`. */
export function codeShardsOf(codes: readonly CodeEntry[]): Map<number, CodeEntry[]> {
  const shards = new Map<number, CodeEntry[]>();
  for (const entry of codes) {
    if (!shards.has(entry.code)) shards.set(entry.code, []);
    shards.get(entry.code)!.push(codeEntryOf(entry));
  }
  return shards;
}

export interface SearchDataSources {
  codes: readonly CodeEntry[];
  messages: readonly MessageEntry[];
  undocumented: readonly UndocumentedCode[];
  filters: IndexFilters;
  choices: Record<FilterName, string[]>;
}

/** The vocabulary file for the codes, messages and filter values of the content. */
export function vocabularyData({
  codes,
  messages,
  undocumented,
  filters,
  choices,
}: SearchDataSources): SearchVocabularyData {
  const names = [...codeNamesOf(codes).keys()];
  return {
    // In the order of the codes, as the vocabulary would list them from all of them.
    apis: apisOf([...codes, ...messages]),
    messages: messages.map(messageEntryOf),
    undocumented: [...undocumented],
    filters,
    choices,
    words: [...new Set(names.flatMap(wordsOf))],
    names: [...new Set(names.map((name) => name.split(' ')[0]!))],
    codes: [...new Set(codes.map((entry) => entry.code))].sort((a, b) => a - b),
  };
}

/** The shards a query needs. */
export interface ShardChoice {
  /** Name shards, by first word. */
  names: string[];
  /** Code shards, by code. */
  codes: number[];
}

/** The numbers of a text that may be status codes. */
const STATUS_NUMBER = /(?<!\d)[1-5]\d\d(?!\d)/g;

/** The shards there are, by key. */
export interface ShardKeys {
  names: ReadonlySet<string>;
  codes: ReadonlySet<number>;
}

export const shardKeysOf = (data: SearchVocabularyData): ShardKeys => ({
  names: new Set(data.names),
  codes: new Set(data.codes),
});

/**
 * The shards that reading `text` can need, of those there are, given every word the vocabulary
 * knows. The reading looks names up by spans that begin with one of the query's
 * words or with the first word of a status's name written in code (`Net::HTTPTooManyRequests`);
 * a word the vocabulary does not know may be a misspelling of a known word, which a name may begin
 * with or the query be read again with (lib/search/reading.ts withIndexFacts). The codes are those
 * the query names by number; the codes it names by name are known once the name shards are in
 * (`codesNamed`).
 */
export function shardsFor(text: string, keys: ShardKeys, known: ReadonlySet<string>): ShardChoice {
  const normalized = normalizeQuery(text);
  const words = new Set([
    ...wordsOf(normalized),
    ...statusNameReadings(normalized).map((reading) => reading.split(' ')[0]!),
  ]);
  const names = new Set([...words].filter((word) => keys.names.has(word)));
  const unknown = [...words].filter((word) => !known.has(word) && !/\d/.test(word));
  if (unknown.length)
    for (const key of keys.names) if (unknown.some((word) => mayMean(word, key))) names.add(key);
  const numbers = [...normalized.matchAll(STATUS_NUMBER)].map((match) => Number(match[0]));
  return { names: [...names], codes: [...new Set(numbers)].filter((code) => keys.codes.has(code)) };
}

/** Code entries in the order of the status export: by API, then by number. */
function inExportOrder(data: SearchVocabularyData, entries: CodeEntry[]): CodeEntry[] {
  const apiPlace = new Map(data.apis.map((api, i) => [api.id, i]));
  const place = (entry: CodeEntry) => apiPlace.get(entry.api) ?? data.apis.length;
  return entries.sort((a, b) => place(a) - place(b) || a.code - b.code);
}

/**
 * The vocabulary from the vocabulary file and the shards at hand: the names in the order of the
 * whole vocabulary, the codes in the order of the export (by API, then by number).
 */
export function vocabularyOf(
  data: SearchVocabularyData,
  nameShards: Iterable<NameShard>,
  codeShards: Iterable<readonly CodeEntry[]>,
): Vocabulary {
  const names = [...nameShards].flat().sort((a, b) => a[1] - b[1]);
  return buildVocabulary({
    codes: inExportOrder(data, [...codeShards].flat()),
    messages: data.messages,
    undocumented: data.undocumented,
    filters: data.filters,
    apis: data.apis,
    codeNames: new Map(names.map(([name, , named]) => [name, new Set(named)])),
    nameWords: data.words,
  });
}

/** What loads shards: each asked for that there is, in the order asked. */
export interface ShardSource {
  names(keys: readonly string[]): Promise<NameShard[]>;
  codes(codes: readonly number[]): Promise<CodeEntry[][]>;
}

/** The vocabulary file as the loader reads it. */
export interface VocabularyFile {
  data: SearchVocabularyData;
  keys: ShardKeys;
  /** The shards the file carries, which no loader need fetch. */
  inline?: ShardSource;
  /** Every word the vocabulary knows, which tells a misspelt word. */
  words: ReadonlySet<string>;
}

/** A source that answers from the shards a vocabulary file carries. */
function inlineSource({ names, codes }: NonNullable<SearchVocabularyData['shards']>): ShardSource {
  return {
    names: (keys) => Promise.resolve(keys.map((key) => names[key] ?? [])),
    codes: (numbers) => Promise.resolve(numbers.map((code) => codes[String(code)] ?? [])),
  };
}

export const vocabularyFile = (data: SearchVocabularyData): VocabularyFile => ({
  data,
  keys: shardKeysOf(data),
  words: vocabularyOf(data, [], []).words,
  ...(data.shards && { inline: inlineSource(data.shards) }),
});

/**
 * The vocabulary to read `text` with: the vocabulary file's, with the shards the text needs, in two
 * steps: the name shards of its words and the code shards of its numbers (`shardsFor`), then the
 * code shards of the codes those names name, which the exact answers show.
 */
export async function vocabularyFor(
  text: string,
  file: VocabularyFile,
  fetched: ShardSource,
): Promise<Vocabulary> {
  const source = file.inline ?? fetched;
  const choice = shardsFor(text, file.keys, file.words);
  const [names, codes] = await Promise.all([source.names(choice.names), source.codes(choice.codes)]);
  const first = vocabularyOf(file.data, names, codes);
  const named = readQuery(text, first).codes.filter(
    (c) => file.keys.codes.has(c) && !choice.codes.includes(c),
  );
  return named.length ? vocabularyOf(file.data, names, [...codes, ...(await source.codes(named))]) : first;
}

/**
 * The entries of the codes asked, of those that have a shard, in the export's order: what the
 * ranking and the final exact answers read (lib/search/run.ts `codeEntries`).
 */
export const codeEntriesFrom =
  (file: VocabularyFile, fetched: ShardSource) =>
  async (codes: readonly number[]): Promise<CodeEntry[]> =>
    inExportOrder(
      file.data,
      (await (file.inline ?? fetched).codes(codes.filter((code) => file.keys.codes.has(code)))).flat(),
    );
