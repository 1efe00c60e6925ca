import { describe, expect, test } from 'vitest';
import { CodeSchema } from '~/schemas/code';
import { FlowSchema } from '~/schemas/flow';
import { formatProblem } from './problems';
import { fieldName, schemaProblems } from './schema-problems';

const problems = (schema: typeof CodeSchema | typeof FlowSchema, data: unknown) =>
  schemaProblems('content/x.md', schema.safeParse(data).error!.issues).map(formatProblem);

describe('fieldName', () => {
  test.each([
    [['code'], 'code'],
    [['headers', 1], 'headers[1]'],
    [['nodes', 'waited', 'answers', 0, 'next'], 'nodes.waited.answers[0].next'],
    [[], '(file)'],
  ])('names %j as %s', (path, name) => {
    expect(fieldName(path)).toBe(name);
  });
});

describe('schemaProblems', () => {
  const code = {
    api: 'rest',
    code: 429,
    label: 'L',
    summary: 'S.',
    retry: { when: 'after-wait', advice: 'A.' },
    history: [{ generation: 'current', label: 'L' }],
  };

  test('names each field with its message, a missing one as required', () => {
    const { label: _label, ...data } = code;
    expect(problems(CodeSchema, { ...data, code: 4299, solutions: ['Fine.', '<b>x</b>'] })).toEqual([
      'content/x.md → code: must be an HTTP status code from 100 to 599',
      'content/x.md → label: required',
      'content/x.md → solutions[1]: HTML is not allowed in content, only Markdown: "<b>"',
      'content/x.md → solutions[1]: HTML is not allowed in content, only Markdown: "</b>"',
    ]);
  });

  test('names a misspelled field where it is', () => {
    expect(problems(CodeSchema, { ...code, retry: { ...code.retry, wehn: 'x' } })).toEqual([
      'content/x.md → retry.wehn: not a field here: check its spelling, or remove it',
    ]);
  });

  test('tells a value of several possible shapes what is wrong with the nearest one', () => {
    const flow = {
      title: 'T',
      summary: 'S.',
      codes: ['rest/429'],
      start: 'ask',
      nodes: { ask: { question: 'Q?', answers: [{ label: 'A' }] }, end: { resolution: 'R', steps: [] } },
    };
    expect(problems(FlowSchema, flow)).toEqual(['content/x.md → nodes.ask.answers[0].next: required']);
  });
});
