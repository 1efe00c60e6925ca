import { counted } from '~/lib/text/plural';

/** A problem in one content file, located by file and field so that an author can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file} → ${field}: ${message}`;
}

/** Thrown when content fails its cross-checks; the build stops with every problem listed. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content check failed (${counted(problems.length, 'problem')}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Collects problems while checking, then throws them all at once. */
export class ProblemList {
  readonly problems: ContentProblem[] = [];
  add(file: string, field: string, message: string): void {
    this.problems.push({ file, field, message });
  }
  throwIfAny(): void {
    if (this.problems.length > 0) throw new ContentError(this.problems);
  }
}
