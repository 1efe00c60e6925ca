/**
 * The search data the build writes for the browser (lib/search/search-data.ts says how it is laid
 * out): the codes and messages as the status export gives them, and the filter values from the same
 * facts that the pages' search markup writes (lib/site/search-facts.ts, lib/search/markup.ts).
 */
import type { SiteModel } from '~/lib/content/model';
import {
  filterValuesOf,
  HEADER_FILTER,
  OPERATOR_FILTER,
  operatorAttribute,
  PARAMETER_FILTER,
  searchAttributes,
  TOPIC_FILTER,
} from '~/lib/search/markup';
import {
  codeShardsOf,
  nameShardsOf,
  vocabularyData,
  withShardsInline,
  type NameShard,
  type SearchVocabularyData,
} from '~/lib/search/search-data';
import { entriesOfExport, type CodeEntry, type UndocumentedCode } from '~/lib/search/vocabulary';
import { undocumentedNumbers } from '~/lib/content/numbers';
import { operatorSuffixes, siteSearchFacts } from '~/lib/site/search-facts';
import { buildStatusExport } from './status-export';

export interface SearchData {
  vocabulary: SearchVocabularyData;
  names: Map<string, NameShard>;
  codes: Map<number, CodeEntry[]>;
}

/** Each filter's values across the site's pages, as the index will hold them. */
export const siteFilterValues = (model: SiteModel): Record<string, string[]> =>
  filterValuesOf([
    ...siteSearchFacts(model).flatMap(searchAttributes),
    ...operatorSuffixes(model).map(operatorAttribute),
  ]);

/** The registered codes no API lists, named by the registry's phrases, newest first. */
const undocumentedCodes = (model: Pick<SiteModel, 'codes'>): UndocumentedCode[] =>
  undocumentedNumbers(model).map(({ code, standard }) => ({
    code,
    names: [standard!.phrase, ...standard!.formerPhrases.map((former) => former.phrase)],
  }));

export function buildSearchData(model: SiteModel): SearchData {
  const { codes, messages } = entriesOfExport(buildStatusExport(model));
  const values = siteFilterValues(model);
  const of = (name: string) => values[name] ?? [];
  const vocabulary = vocabularyData({
    codes,
    messages,
    undocumented: undocumentedCodes(model),
    filters: {
      [TOPIC_FILTER]: of(TOPIC_FILTER),
      [OPERATOR_FILTER]: of(OPERATOR_FILTER),
      [PARAMETER_FILTER]: of(PARAMETER_FILTER),
      [HEADER_FILTER]: of(HEADER_FILTER),
    },
    choices: { api: of('api'), kind: of('kind'), class: of('class') },
  });
  const names = nameShardsOf(codes);
  const codeShards = codeShardsOf(codes);
  return { vocabulary: withShardsInline(vocabulary, names, codeShards), names, codes: codeShards };
}

const built = new WeakMap<SiteModel, SearchData>();

/** The search data of a model, built once for the routes that write its files. */
export function searchDataOf(model: SiteModel): SearchData {
  let data = built.get(model);
  if (!data) built.set(model, (data = buildSearchData(model)));
  return data;
}
