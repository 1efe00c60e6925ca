import { describe, expect, test } from 'vitest';
import { readQuery } from './reading';
import {
  codeEntriesFrom,
  INLINE_ENTRIES_MAX,
  shardsFor,
  vocabularyFile,
  vocabularyFor,
  vocabularyOf,
  withShardsInline,
  type NameShard,
} from './search-data';
import { searchData } from './test-fixtures/search-data';
import { CODES, FILTERS, MESSAGES, vocabulary } from './test-fixtures/vocabulary';
import type { CodeEntry } from './vocabulary';

const fixture = searchData(CODES, MESSAGES, FILTERS);

describe('the search data', () => {
  test('files each name of a code under its first word, with its place among all names and its codes', () => {
    const too = fixture.names.get('too')!;
    expect(too.map(([name]) => name)).toEqual(['too many requests']);
    expect(too[0]![2]).toEqual([429]);
    const places = [...fixture.names.values()].flat().map(([, place]) => place);
    expect(places.sort((a, b) => a - b)).toEqual([...vocabulary.codeNames.keys()].map((_, i) => i));
    expect(fixture.names.get('unauthorized')).toEqual([
      ['unauthorized', expect.any(Number), [401]],
    ] satisfies NameShard);
  });

  test("puts each code's entry of every API in its code's shard, and lists the shards there are", () => {
    expect(fixture.codeShards.get(401)!.map((e) => e.url)).toEqual(['/rest/401/', '/graphql/401/']);
    expect(fixture.data.codes).toEqual([...new Set(CODES.map((c) => c.code))].sort((a, b) => a - b));
    expect(fixture.data.names).toContain('too');
    expect(fixture.data.words).toEqual(expect.arrayContaining(['many', 'requests', 'unauthenticated']));
    expect(fixture.data.words).not.toContain('expired');
  });

  test('built from every shard, the vocabulary is the one built from every code', () => {
    const whole = vocabularyOf(
      fixture.data,
      fixture.names.values(),
      [...fixture.codeShards.values()].reverse(),
    );
    expect(whole.codes).toEqual(vocabulary.codes);
    expect([...whole.codeNames]).toEqual([...vocabulary.codeNames]);
    expect(whole.words).toEqual(vocabulary.words);
    expect(whole.apis).toEqual(vocabulary.apis);
    expect([whole.topics, whole.headers, whole.operators]).toEqual([
      vocabulary.topics,
      vocabulary.headers,
      vocabulary.operators,
    ]);
  });
});

describe('shardsFor', () => {
  const pick = (text: string) => shardsFor(text, fixture.file.keys, fixture.file.words);

  test("picks the name shards of the query's words and the code shards of its numbers, of those there are", () => {
    expect(pick('HTTP/1.1 429 Too Many Requests')).toEqual({ names: ['too'], codes: [429] });
    expect(pick('rate limited 409 conflict').codes).toEqual([409]);
    expect(pick('page 2 of 418 webhooks').codes).toEqual([]);
  });

  test('picks the first words of a status named in code', () => {
    expect(pick('Net::HTTPTooManyRequests').names).toEqual(['too']);
  });

  test('picks every first word that an unknown word may be a misspelling of', () => {
    expect(pick('bad requst').names).toEqual(['bad', 'request']);
    expect(pick('unauthorised').names).toEqual(['unauthorized']);
    // A known word is no misspelling: "found" names a code, and is not read as "foun…".
    expect(pick('found').names).toEqual(['found']);
  });
});

describe('vocabularyFor', () => {
  test('loads the codes the names of the query name, for its exact answers', async () => {
    const { file, source, loaded } = searchData(CODES, MESSAGES, FILTERS);
    const loadedVocabulary = await vocabularyFor('too many reqests', file, source);
    expect(loaded.codes).toEqual([429]);
    expect(readQuery('too many reqests', loadedVocabulary)).toEqual(
      readQuery('too many reqests', vocabulary),
    );
  });

  test('loads nothing but the vocabulary file for words no name holds', async () => {
    const { file, source, loaded } = searchData(CODES, MESSAGES, FILTERS);
    await vocabularyFor('pagination', file, source);
    expect(loaded).toEqual({ names: [], codes: [] });
  });

  test('on a small site, reads from the shards the vocabulary file carries and fetches none', async () => {
    const { data, names, codeShards, source, loaded } = searchData(CODES, MESSAGES, FILTERS);
    const inline = vocabularyFile(withShardsInline(data, names, codeShards));
    for (const query of ['too many reqests', '429', 'Net::HTTPUnauthorized']) {
      const read = await vocabularyFor(query, inline, source);
      expect(readQuery(query, read), query).toEqual(readQuery(query, vocabulary));
      expect(await codeEntriesFrom(inline, source)([401])).toEqual(
        vocabulary.codes.filter((c) => c.code === 401),
      );
    }
    expect(loaded).toEqual({ names: [], codes: [] });
  });

  test('on a large site, the vocabulary file carries no shard', () => {
    const { data, names } = searchData(CODES, MESSAGES, FILTERS);
    const many = new Map(
      Array.from({ length: INLINE_ENTRIES_MAX + 1 }, (_, i): [number, CodeEntry[]] => [100 + i, [CODES[0]!]]),
    );
    expect(withShardsInline(data, names, many).shards).toBeUndefined();
    expect(withShardsInline(data, names, new Map([[401, [CODES[0]!]]])).shards).toBeDefined();
  });
});
