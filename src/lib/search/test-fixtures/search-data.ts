/** The search data of a set of codes and messages, for the tests of the loader. */
import {
  codeShardsOf,
  nameShardsOf,
  vocabularyData,
  vocabularyFile,
  type IndexFilters,
  type ShardSource,
} from '../search-data';
import type { CodeEntry, MessageEntry, UndocumentedCode } from '../vocabulary';

/** The search data, and a source that loads its shards and notes which. */
export function searchData(
  codes: CodeEntry[],
  messages: MessageEntry[],
  filters: IndexFilters,
  undocumented: readonly UndocumentedCode[] = [],
) {
  const data = vocabularyData({
    codes,
    messages,
    undocumented,
    filters,
    choices: { api: [], kind: [], class: [] },
  });
  const names = nameShardsOf(codes);
  const codeShards = codeShardsOf(codes);
  const loaded = { names: [] as string[], codes: [] as number[] };
  const source: ShardSource = {
    names: async (keys) => (loaded.names.push(...keys), keys.map((key) => names.get(key)!)),
    codes: async (codes) => (loaded.codes.push(...codes), codes.map((code) => codeShards.get(code)!)),
  };
  return { data, names, codeShards, file: vocabularyFile(data), source, loaded };
}
