/** Groups an API's codes into the tables of its index page: current codes by class, legacy apart. */
import type { CausesSource } from '~/schemas/code';
import type { StatusCode } from './model';
import type { StatusClass } from '~/lib/http/registry';

export interface ClassTable {
  statusClass: StatusClass;
  codes: StatusCode[];
}

export function groupCodes(codes: readonly StatusCode[]): { classes: ClassTable[]; legacy: StatusCode[] } {
  const classes = new Map<StatusClass, ClassTable>();
  const legacy: StatusCode[] = [];
  for (const code of [...codes].sort((a, b) => a.code - b.code)) {
    if (code.legacy) {
      legacy.push(code);
      continue;
    }
    const table = classes.get(code.statusClass) ?? { statusClass: code.statusClass, codes: [] };
    table.codes.push(code);
    classes.set(code.statusClass, table);
  }
  return {
    classes: [...classes.values()].sort((a, b) => a.statusClass.localeCompare(b.statusClass)),
    legacy,
  };
}

export interface TroubleshootingRow {
  /** Codes that share exactly these causes and solutions (e.g. the redirects 204, 301 and 302). */
  codes: StatusCode[];
  causes: string[];
  solutions: string[];
}

export interface TroubleshootingGroup {
  source: CausesSource;
  /** What the group's rows are, said where they are shown. */
  heading: string;
  rows: TroubleshootingRow[];
}

/** What each kind of causes and solutions is, for the API's table and the code pages. */
export const CAUSES_SOURCE_HEADINGS: Record<CausesSource, string> = {
  documented: 'From the troubleshooting table of the API’s docs, in our words',
  ours: 'Ours, not from the API’s docs: from the code’s description there and general HTTP practice',
};

/**
 * The troubleshooting table: codes with causes or solutions, identical ones merged into one row,
 * the rows that restate the vendor's table apart from ours, theirs first; no empty group.
 */
export function troubleshootingGroups(codes: readonly StatusCode[]): TroubleshootingGroup[] {
  const groups = (['documented', 'ours'] as const).map((source) => ({
    source,
    heading: CAUSES_SOURCE_HEADINGS[source],
    rows: new Map<string, TroubleshootingRow>(),
  }));
  for (const code of [...codes].sort((a, b) => a.code - b.code)) {
    if (code.causes.length === 0 && code.solutions.length === 0) continue;
    // The build requires a source wherever there are causes or solutions (lib/model.ts).
    const rows = groups.find((g) => g.source === code.causesSource)!.rows;
    const key = JSON.stringify([code.causes, code.solutions]);
    const row = rows.get(key);
    if (row) row.codes.push(code);
    else rows.set(key, { codes: [code], causes: code.causes, solutions: code.solutions });
  }
  return groups
    .map(({ source, heading, rows }) => ({ source, heading, rows: [...rows.values()] }))
    .filter((g) => g.rows.length > 0);
}

/** The anchor of a code's row in the troubleshooting table. */
export const troubleshootingAnchor = (code: number) => `troubleshooting-${code}`;

/** The anchor of the row that heads a group of the troubleshooting table. */
export const troubleshootingGroupAnchor = (source: CausesSource) => `troubleshooting-${source}`;
