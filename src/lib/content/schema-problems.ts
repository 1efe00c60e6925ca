/**
 * A content file's schema errors as content problems (`file → field: message`), in the form of the
 * cross-checks' messages: `headers[1]`, `nodes.waited.answers[0].label`.
 */
import type { ContentProblem } from './problems';

/** What a zod issue carries that the messages use (zod's own type, without importing zod). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  /** unrecognized_keys: the fields that the schema does not know. */
  keys?: readonly string[];
  /** invalid_union: each alternative's issues. */
  errors?: readonly (readonly SchemaIssue[])[];
}

/** `['nodes', 'waited', 'answers', 0, 'label']` → `nodes.waited.answers[0].label`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return (
    path
      .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
      .join('') || '(file)'
  );
}

function describe(issue: SchemaIssue, path: readonly PropertyKey[]): { field: string; message: string }[] {
  const here = [...path, ...issue.path];
  if (issue.code === 'unrecognized_keys')
    return (issue.keys ?? []).map((key) => ({
      field: fieldName([...here, key]),
      message: 'not a field here: check its spelling, or remove it',
    }));
  // A value that may take several shapes (a flow node: question or resolution) is told what is
  // wrong with the shape it comes closest to.
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    if (closest.length > 0) return closest.flatMap((inner) => describe(inner, here));
  }
  const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
  return [{ field: fieldName(here), message: missing ? 'required' : issue.message }];
}

/** The problems of one file whose data failed its schema with `issues`. */
export function schemaProblems(file: string, issues: readonly SchemaIssue[]): ContentProblem[] {
  return issues.flatMap((issue) => describe(issue, []).map((p) => ({ file, ...p })));
}
