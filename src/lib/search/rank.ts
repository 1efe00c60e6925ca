/**
 * The one ranking of search: each result gets a tier from the reading of the query, and one stable
 * sort by tier keeps the index's own order within each. What may lose its place to results that
 * arrive later follows from the same tiers.
 */
import { numberUrl } from '~/lib/site/urls';
import { wordsOf } from '~/lib/text/words';
import type { ResultGroup } from './group';
import { CODE_KIND, CODE_LIST_FILTER, GUIDE_KIND, HEADER_FILTER, TOPIC_FILTER } from './markup';
import type { Reading } from './reading';
import type { CodeEntry } from './vocabulary';

/** What ranking needs of a code an API lists: its page, its number, and whether it is current. */
export type ListedCode = Pick<CodeEntry, 'code' | 'url' | 'legacy'>;

export const Tier = {
  /**
   * The page the query names: the lists of codes it asks for, the header or the guide's subject it
   * names, the guide that explains its operator or parameter, the number page of a code that no
   * API lists, named by number or name.
   */
  Named: 0,
  /** The page of a code or a header whose name stands among the query's other words. */
  Mentioned: 1,
  /** Every other page, in the index's order. */
  Found: 2,
  /**
   * The number page of a code an API lists, current or named: it sums up the API's own pages,
   * which say what to do.
   */
  Summary: 3,
  /** The pages of a code the APIs no longer document, unless the query names it. */
  Legacy: 4,
  /** The number page of a code no API lists, unless the query names it. */
  Unlisted: 5,
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

const has = (group: ResultGroup, filter: string, value: string) =>
  group.filters[filter]?.includes(value) ?? false;

/** Whether the result is the number page of a code no API lists: that code's only page. */
const isUnlistedNumberPage = (group: ResultGroup, codes: readonly ListedCode[]) =>
  group.code !== undefined &&
  group.url === numberUrl(group.code) &&
  !codes.some((c) => c.code === group.code);

/** Whether the result is a page the reading names (Tier.Named). */
function isNamed(group: ResultGroup, reading: Reading, codes: readonly ListedCode[]): boolean {
  const { header, topic, codeList, focus } = reading;
  if (header?.subject && header.filter !== undefined && has(group, HEADER_FILTER, header.filter)) return true;
  if (topic !== undefined && has(group, TOPIC_FILTER, topic)) return true;
  if (codeList && has(group, 'list', CODE_LIST_FILTER.list))
    return codeList.apis.length === 0 || (group.api !== undefined && codeList.apis.includes(group.api));
  if (focus && group.kind === GUIDE_KIND && has(group, focus.filter, focus.value)) return true;
  return group.code !== undefined && reading.codes.includes(group.code) && isUnlistedNumberPage(group, codes);
}

/**
 * Whether the query names a result's code: by its number, by every word of its title (numbers
 * aside: "gateway timeout" names 504 Gateway Timeout), or, for a legacy code, which is the API's
 * own, by part of its title ("bandwidth" names 509 Bandwidth Limit Exceeded).
 */
function namesCode(group: ResultGroup, reading: Reading, legacy: boolean): boolean {
  const asked = wordsOf(reading.corrected ?? reading.text);
  const title = wordsOf(group.title);
  return (
    reading.codes.includes(group.code!) ||
    title.every((word) => /^\d+$/.test(word) || asked.includes(word)) ||
    (legacy && asked.every((word) => title.includes(word)))
  );
}

/**
 * Whether the result is the page of a code or header named among other words (Tier.Mentioned): an
 * API's page of the code, or the number page of a code no API lists ("gateway timeout nginx").
 */
const isMentioned = (group: ResultGroup, { mentions }: Reading, codes: readonly ListedCode[]) =>
  (group.code !== undefined &&
    mentions.codes.includes(group.code) &&
    (group.kind === CODE_KIND || isUnlistedNumberPage(group, codes))) ||
  mentions.headers.some((header) => has(group, HEADER_FILTER, header));

/**
 * A result's tier for a reading. `codes` are the codes the APIs list: all of them, or at least the
 * entries of the results' codes; `listed` says whether there is such a list at all (with none, there
 * is nothing to tell the last tiers by).
 */
export function tier(
  group: ResultGroup,
  reading: Reading,
  codes: readonly ListedCode[],
  listed = codes.length > 0,
): Tier {
  if (isNamed(group, reading, codes)) return Tier.Named;
  if (isMentioned(group, reading, codes)) return Tier.Mentioned;
  if (group.code === undefined || !listed) return Tier.Found;
  const isNumberPage = group.url === numberUrl(group.code);
  const listings = codes.filter((c) => (isNumberPage ? c.code === group.code : c.url === group.url));
  if (!isNumberPage && listings.length === 0) return Tier.Found;
  const current = listings.some((c) => !c.legacy);
  const named = !current && namesCode(group, reading, listings.length > 0);
  if (isNumberPage && listings.length) return current || named ? Tier.Summary : Tier.Legacy;
  if (current || named) return Tier.Found;
  return listings.length === 0 ? Tier.Unlisted : Tier.Legacy;
}

/** The results in tier order, each tier in the index's order. */
export function rankResults(
  groups: readonly ResultGroup[],
  reading: Reading,
  codes: readonly ListedCode[],
  listed = codes.length > 0,
): ResultGroup[] {
  const tiers = new Map(groups.map((g) => [g, tier(g, reading, codes, listed)]));
  return [...groups].sort((a, b) => tiers.get(a)! - tiers.get(b)!);
}

/** The first tier a result of this reading may have. */
function firstTier(reading: Reading): Tier {
  const { header, topic, codeList, focus, codes, mentions } = reading;
  if (
    (header?.subject && header.filter !== undefined) ||
    topic !== undefined ||
    codeList ||
    focus ||
    codes.length
  )
    return Tier.Named;
  return mentions.codes.length || mentions.headers.length ? Tier.Mentioned : Tier.Found;
}

/**
 * Whether a result may be shown first before the others have loaded: only when none of them can
 * rank above it, so that the list does not reorder under the reader.
 */
export const leadsForSure = (
  group: ResultGroup,
  reading: Reading,
  codes: readonly ListedCode[],
  listed = codes.length > 0,
) => tier(group, reading, codes, listed) <= firstTier(reading);
