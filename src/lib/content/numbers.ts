/**
 * The number alone: every status code any API returns, with each API's use of it side by side, and
 * the registered codes none returns, which get a page saying so.
 */
import type { GraphqlError, SiteModel, StatusCode } from './model';
import { classOf, lookupStatus, registeredCodes, type RegistryEntry, type StatusClass } from '~/lib/http/registry';

export interface StatusNumber {
  code: number;
  statusClass: StatusClass;
  standard: RegistryEntry | undefined;
  /** Where an unregistered code comes from, from the first API entry that says so. */
  origin: string | undefined;
  /** The API entries for this number, in API order; none for a registered code no API lists. */
  uses: StatusCode[];
  messages: GraphqlError[];
  /** The name to show: the registry phrase, else the first API's label. */
  name: string;
}

export function buildNumbers(model: Pick<SiteModel, 'codes' | 'graphqlErrors'>): StatusNumber[] {
  const byCode = new Map<number, StatusCode[]>();
  for (const c of model.codes) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  return [...byCode.entries()]
    .sort(([a], [b]) => a - b)
    .map(([code, uses]) => {
      const standard = lookupStatus(code);
      return {
        code,
        statusClass: classOf(code),
        standard,
        origin: uses.find((u) => u.origin)?.origin,
        uses,
        messages: model.graphqlErrors.filter((e) => e.status === code),
        name: standard?.phrase ?? uses[0]!.label,
      };
    });
}

/**
 * The registered codes that no API lists, such as a 502 that a proxy answers with, lowest first.
 * The registry's reserved "(Unused)" entries (306, 418) are not codes anyone sends, and are left out.
 */
export function undocumentedNumbers(model: Pick<SiteModel, 'codes'>): StatusNumber[] {
  const listed = new Set(model.codes.map((c) => c.code));
  return registeredCodes()
    .filter((entry) => !listed.has(entry.code) && entry.phrase !== '(Unused)')
    .map((entry) => ({
      code: entry.code,
      statusClass: classOf(entry.code),
      standard: entry,
      origin: undefined,
      uses: [],
      messages: [],
      name: entry.phrase,
    }));
}

/** Every number that has a page under /codes/, listed by an API or not, lowest first. */
export function allNumbers(model: Pick<SiteModel, 'codes' | 'graphqlErrors'>): StatusNumber[] {
  return [...buildNumbers(model), ...undocumentedNumbers(model)].sort((a, b) => a.code - b.code);
}
