/**
 * The IANA HTTP Status Code Registry (as of RFC 9110): standard phrase, defining document and class
 * of any status code. Everything standard about a code is derived from here, never typed twice.
 * Beside it, the phrases earlier specifications gave codes since renamed, which client libraries
 * still print ("413 Payload Too Large").
 */
import formerPhrasesCsv from '~/data/http-former-phrases.csv?raw';
import registryCsv from '~/data/http-status-registry.csv?raw';

export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/** A reason phrase and the document that gives it. */
export interface CitedPhrase {
  /** e.g. "Content Too Large". */
  phrase: string;
  /** The document as the registry cites it, e.g. "RFC 9110, Section 15.5.14". */
  reference: string;
  /** A link to that document (and section, where one is named). */
  referenceUrl: string;
}

/** A registered code: its phrase and defining document, and what earlier specifications called it. */
export interface RegistryEntry extends CitedPhrase {
  code: number;
  /** Newest first, e.g. "Payload Too Large" (RFC 7231) then "Request Entity Too Large" (RFC 2616). */
  formerPhrases: CitedPhrase[];
}

export const STATUS_CLASSES: Record<StatusClass, { name: string }> = {
  '1xx': { name: 'Informational' },
  '2xx': { name: 'Success' },
  '3xx': { name: 'Redirection' },
  '4xx': { name: 'Client error' },
  '5xx': { name: 'Server error' },
};

/** Splits one CSV line into fields, honouring double-quoted fields with commas. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** "[RFC9110, Section 15.5.14]" → the citation in words and its rfc-editor.org link. */
export function parseReference(raw: string): { reference: string; referenceUrl: string } {
  const match = /^\[RFC(\d+)(?:,\s*Section\s+([\d.]+))?\]$/.exec(raw.trim());
  if (!match) throw new Error(`Unrecognized registry reference: ${raw}`);
  const [, rfc, section] = match;
  const base = `https://www.rfc-editor.org/rfc/rfc${rfc}`;
  return section
    ? { reference: `RFC ${rfc}, Section ${section}`, referenceUrl: `${base}#section-${section}` }
    : { reference: `RFC ${rfc}`, referenceUrl: `${base}.html` };
}

/** The rows of a registry-shaped CSV file (Value,Description,Reference), in file order. */
function parseRows(csv: string): (CitedPhrase & { code: number })[] {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  if (header?.trim() !== 'Value,Description,Reference') {
    throw new Error(`Unexpected registry header: ${header}`);
  }
  return rows.map((row) => {
    const [value, phrase, ref] = parseCsvLine(row);
    const code = Number(value);
    if (!Number.isInteger(code) || !phrase || !ref) throw new Error(`Bad registry row: ${row}`);
    return { code, phrase, ...parseReference(ref) };
  });
}

/** The registry, each entry with the former phrases given for its code (newest first). */
export function parseRegistry(csv: string, formerCsv?: string): Map<number, RegistryEntry> {
  const entries = new Map<number, RegistryEntry>();
  for (const row of parseRows(csv)) entries.set(row.code, { ...row, formerPhrases: [] });
  for (const { code, ...former } of formerCsv ? parseRows(formerCsv) : []) {
    const entry = entries.get(code);
    if (!entry) throw new Error(`A former phrase for ${code}, which is not registered`);
    entry.formerPhrases.push(former);
  }
  return entries;
}

const registry = parseRegistry(registryCsv, formerPhrasesCsv);

/** The registry entry of a code, or undefined when the code is not registered (e.g. 499, 509). */
export function lookupStatus(code: number): RegistryEntry | undefined {
  return registry.get(code);
}

export function isStandard(code: number): boolean {
  return registry.has(code);
}

/** The class of any code from 100 to 599, registered or not. */
export function classOf(code: number): StatusClass {
  if (!Number.isInteger(code) || code < 100 || code > 599) {
    throw new RangeError(`${code} is not an HTTP status code (100–599)`);
  }
  return `${Math.floor(code / 100)}xx` as StatusClass;
}

export function className(statusClass: StatusClass): string {
  return STATUS_CLASSES[statusClass].name;
}

/** Every registered code, lowest first. */
export function registeredCodes(): RegistryEntry[] {
  return [...registry.values()].sort((a, b) => a.code - b.code);
}
