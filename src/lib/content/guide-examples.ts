/**
 * Every code block of a guide sits in an `<Example source="documented|illustrative">`, so that the
 * page says whether the vendor's docs show it or it is ours (docs/authoring.md). Read from the MDX
 * source, as lib/model.ts reads a guide's other components, so that the build names file and line.
 */

export interface ExampleProblem {
  /** Where the problem is, e.g. `line 12`. */
  field: string;
  message: string;
}

const SOURCES = ['documented', 'illustrative'];
const FENCE = /^\s*(`{3,}|~{3,})/;
const EXAMPLE_OPEN = /<Example\b([^>]*)>/;
const EXAMPLE_CLOSE = /<\/Example>/;

/** `lineName` names a line of the body as the file numbers it (checks/context.ts, bodyLine). */
export function findExampleProblems(
  body: string | undefined,
  lineName: (line: number) => string = (line) => `line ${line}`,
): ExampleProblem[] {
  if (!body) return [];
  const problems: ExampleProblem[] = [];
  let fence: string | undefined;
  let inExample = false;
  body.split('\n').forEach((line, i) => {
    const field = lineName(i + 1);
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      // A fence closes with the same character, at least as long (CommonMark).
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      if (!inExample)
        problems.push({
          field,
          message: 'a code block outside <Example source="documented|illustrative">: say where it comes from',
        });
      return;
    }
    const open = EXAMPLE_OPEN.exec(line);
    if (open) {
      inExample = true;
      const source = /\bsource=(?:"([^"]*)"|'([^']*)')/.exec(open[1]!);
      const value = source?.[1] ?? source?.[2];
      if (!value || !SOURCES.includes(value))
        problems.push({
          field: `<Example> at ${field}`,
          message: value
            ? `source="${value}": say documented or illustrative`
            : 'no source: add source="documented" or source="illustrative"',
        });
    }
    if (EXAMPLE_CLOSE.test(line)) inExample = false;
  });
  return problems;
}
