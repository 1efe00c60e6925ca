/**
 * The search data against the evaluation set: for every query, reading and answering it with only
 * the shards the loader picks (lib/search/search-data.ts) is reading and answering it with every
 * code and name, as the status export gives them.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { readQuery } from '../reading';
import { runSearch } from '../run';
import {
  codeEntriesFrom,
  codeEntryOf,
  messageEntryOf,
  vocabularyFor,
  type IndexFilters,
} from '../search-data';
import { searchData } from '../test-fixtures/search-data';
import { buildVocabulary, type VocabularySources } from '../vocabulary';
import { pagesOf } from './evaluate';
import type { EvaluationCase } from './metrics';
import { replayIndex, type RecordedIndex } from './recorded-index';

const cases = yaml.load(readFileSync(new URL('./cases.yaml', import.meta.url), 'utf8')) as EvaluationCase[];
const recorded = JSON.parse(
  readFileSync(new URL('./recorded-index.json', import.meta.url), 'utf8'),
) as RecordedIndex;
const { filters } = recorded.sources;
const indexFilters: IndexFilters = {
  topic: [...(filters.topic ?? [])],
  operator: [...(filters.operator ?? [])],
  parameter: [...(filters.parameter ?? [])],
  header: [...(filters.header ?? [])],
};
/** Every code and name, with what search shows of each code. */
const sources: VocabularySources = {
  ...recorded.sources,
  codes: recorded.sources.codes.map(codeEntryOf),
  messages: recorded.sources.messages.map(messageEntryOf),
};
const whole = buildVocabulary(sources);
const index = replayIndex(recorded);

describe('reading with the shards the loader picks', () => {
  test.each(cases.map((c) => [c.q] as const))('%s', async (q) => {
    const { file, source } = searchData(sources.codes, sources.messages, indexFilters, sources.undocumented);
    const vocabulary = await vocabularyFor(q, file, source);
    expect(readQuery(q, vocabulary)).toEqual(readQuery(q, whole));
    const [loaded, all] = await Promise.all([
      runSearch(q, vocabulary, index, { codeEntries: codeEntriesFrom(file, source) }),
      runSearch(q, whole, index),
    ]);
    expect(pagesOf(loaded)).toEqual(pagesOf(all));
    expect(loaded).toEqual(all);
  });
});
