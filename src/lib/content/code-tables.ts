/** Groups an API's codes into the tables of its index page: current codes by class, legacy apart. */
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

/** The troubleshooting table: codes with causes or solutions, identical ones merged into one row. */
export function troubleshootingRows(codes: readonly StatusCode[]): TroubleshootingRow[] {
  const rows = new Map<string, TroubleshootingRow>();
  for (const code of [...codes].sort((a, b) => a.code - b.code)) {
    if (code.causes.length === 0 && code.solutions.length === 0) continue;
    const key = JSON.stringify([code.causes, code.solutions]);
    const row = rows.get(key);
    if (row) row.codes.push(code);
    else rows.set(key, { codes: [code], causes: code.causes, solutions: code.solutions });
  }
  return [...rows.values()];
}

/** The anchor of a code's row in the troubleshooting table. */
export const troubleshootingAnchor = (code: number) => `troubleshooting-${code}`;
