/**
 * Every code block of a guide sits in an `<Example source="documented|illustrative">`, so that the
 * page says whether the vendor's docs show it or it is ours (docs/authoring.md); an `http` block
 * holds one HTTP message and a `json` block JSON, each of which must parse, as the page lays them
 * out. Read from the MDX source, as lib/model.ts reads a guide's other components, so that the build
 * names file and line.
 */
import { parseHttpMessage } from '~/lib/code/http-message';
import { jsonProblem } from '~/lib/code/json-text';

export interface ExampleProblem {
  /** Where the problem is, e.g. `line 12`. */
  field: string;
  message: string;
}

const SOURCES = ['documented', 'illustrative'];
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w-]*)/;

/** What is wrong with a fenced block's text in `language`, if anything. */
function fenceProblem(language: string, text: string): string | undefined {
  if (language === 'json') {
    const problem = jsonProblem(text);
    return problem && `the JSON does not parse: ${problem}`;
  }
  if (language !== 'http') return undefined;
  try {
    parseHttpMessage(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
const EXAMPLE_OPEN = /<Example\b([^>]*)>/;
const EXAMPLE_CLOSE = /<\/Example>/;

/** `lineName` names a line of the body as the file numbers it (checks/context.ts, bodyLine). */
export function findExampleProblems(
  body: string | undefined,
  lineName: (line: number) => string = (line) => `line ${line}`,
): ExampleProblem[] {
  if (!body) return [];
  const problems: ExampleProblem[] = [];
  let fence: { marker: string; language: string; field: string; lines: string[] } | undefined;
  let inExample = false;
  body.split('\n').forEach((line, i) => {
    const field = lineName(i + 1);
    const [, marker, language = ''] = FENCE.exec(line) ?? [];
    if (fence) {
      // A fence closes with the same character, at least as long (CommonMark).
      if (marker && marker[0] === fence.marker[0] && marker.length >= fence.marker.length) {
        const problem = fenceProblem(fence.language, fence.lines.join('\n'));
        if (problem) problems.push({ field: `the ${fence.language} block at ${fence.field}`, message: problem });
        fence = undefined;
      } else fence.lines.push(line);
      return;
    }
    if (marker) {
      fence = { marker, language: language.toLowerCase(), field, lines: [] };
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
