import { headerSlug } from '~/lib/site/urls';
import type { ProblemList } from '../problems';

/** An entry as a content loader yields it. */
export interface RawEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  /** Raw source of Markdown entries (code pages, guides), checked for markup and references. */
  body?: string | undefined;
  /**
   * The line of the file on which the body begins (the loader drops the frontmatter), asked only
   * when a message names a line of the body; without it, lines count from the body's start.
   */
  bodyStart?: (() => number) | undefined;
}

/** The content file of an entry, relative to the project root, for messages and edit links. */
export const fileOf = (entry: RawEntry<unknown>, folder: string) => entry.filePath ?? `${folder}/${entry.id}`;

/** Where line `line` of an entry's body is in its file, as a field of a message: `line 12`. */
export function bodyLine(entry: RawEntry<unknown>, line: number): string {
  return `line ${(entry.bodyStart?.() ?? 1) + line - 1}`;
}

/** How codes are referred to across collections: `rest/429`. */
export const codeKey = (api: string, code: number) => `${api}/${code}`;

/**
 * What the checkers have learned so far, so that a later collection's references can be checked
 * against an earlier one's ids; every check adds to one list of problems.
 */
export class CheckContext {
  readonly apiIds = new Set<string>();
  readonly headerSlugs = new Set<string>();
  readonly guideSlugs = new Set<string>();
  readonly codeKeys = new Set<string>();
  readonly errorSlugs = new Set<string>();

  constructor(readonly problems: ProblemList) {}

  api(file: string, field: string, api: string): void {
    if (!this.apiIds.has(api))
      this.problems.add(file, field, `no API "${api}" (known: ${[...this.apiIds].join(', ') || 'none'})`);
  }

  header(file: string, field: string, name: string): void {
    if (!this.headerSlugs.has(headerSlug(name)))
      this.problems.add(file, field, `no header "${name}" in content/headers/`);
  }

  guide(file: string, field: string, slug: string): void {
    if (!this.guideSlugs.has(slug)) this.problems.add(file, field, `no guide "${slug}" in content/guides/`);
  }

  code(file: string, field: string, ref: string): void {
    if (!this.codeKeys.has(ref))
      this.problems.add(file, field, `no code page "${ref}" (write API/CODE, e.g. rest/429)`);
  }
}
