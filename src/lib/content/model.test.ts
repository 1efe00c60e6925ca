import { describe, expect, test } from 'vitest';
import { api, code, content, flow, guide, header, message } from '~/test-fixtures/model';
import { ContentError, formatProblem } from './problems';
import { componentRefs } from './checks/guides';
import { buildModel, findContentProblems, type RawContent } from './model';
import { differsFromStandard, errorsFor, flowsFor, mentionsOf, neighbours, retryRowUrl } from './queries';

/** The problems buildModel reports, as "file → field" strings. */
function problemsOf(raw: RawContent): string[] {
  try {
    buildModel(raw);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file} → ${p.field}`);
    throw error;
  }
  return [];
}

/** The problems buildModel reports, as "file → field: message" strings. */
function messagesOf(raw: RawContent): string[] {
  return findContentProblems(raw).map(formatProblem);
}

describe('buildModel', () => {
  test('derives class, registry phrase, URL and order of every code', () => {
    const model = buildModel(content());
    expect(model.codes.map((c) => c.id)).toEqual(['rest/404', 'rest/429', 'gql/401']);
    const c429 = model.codes[1]!;
    expect(c429).toMatchObject({ statusClass: '4xx', url: '/rest/429/', legacy: false });
    expect(c429.standard?.phrase).toBe('Too Many Requests');
  });

  test('marks a code legacy when the newest generation does not list it', () => {
    const raw = content({ codes: [code('rest', 302, { history: [{ generation: 'old', label: 'Found' }] })] });
    expect(buildModel(raw).codes[0]!.legacy).toBe(true);
  });

  test('rejects a code of an unknown API, naming the file and field', () => {
    expect(problemsOf(content({ codes: [code('soap', 500, {}, 'soap/500')] }))).toEqual([
      'content/codes/soap/500.md → api',
    ]);
  });

  test('rejects a code whose api field disagrees with its folder', () => {
    expect(problemsOf(content({ codes: [code('gql', 401, {}, 'rest/401')] }))).toEqual([
      'content/codes/rest/401.md → api',
    ]);
  });

  test('rejects two files for the same code', () => {
    const raw = content({ codes: [code('rest', 429), code('rest', 429, {}, 'rest/429-copy')] });
    expect(messagesOf(raw)).toEqual([
      'content/codes/rest/429-copy.md → code: says 429 but the file is named 429-copy: the two must match',
      'content/codes/rest/429-copy.md → code: 429 of "rest" is already defined in content/codes/rest/429.md',
    ]);
  });

  test('rejects a code whose file is named after another code (410.md saying 411)', () => {
    expect(messagesOf(content({ codes: [code('rest', 411, {}, 'rest/410')] }))).toEqual([
      'content/codes/rest/410.md → code: says 411 but the file is named 410: the two must match',
    ]);
  });

  test('rejects HTML and unsafe links in a code page’s body, naming the line of the file', () => {
    const body = 'Fine text.\n\nSee <img src=x onerror=alert(1)> and [this](javascript:alert(1)).';
    const raw = content({ codes: [{ ...code('rest', 429), body, bodyStart: () => 14 }] });
    expect(messagesOf(raw)).toEqual([
      'content/codes/rest/429.md → line 16: HTML is not allowed in content, only Markdown: "<img src=x onerror=alert(1)>"',
      'content/codes/rest/429.md → line 16: link "javascript:alert(1)": a javascript: URL runs code when followed',
    ]);
  });

  test('rejects HTML elements, unknown components and expressions in a guide', () => {
    const body = '<Callout type="note">Hi</Callout>\n\n<iframe src="https://x.example/"></iframe>\n\n{alert(1)}';
    const raw = content({ guides: [guide('retries', body)] });
    expect(messagesOf(raw)).toEqual([
      'content/guides/retries.mdx → line 3: HTML is not allowed in a guide, only Markdown and the guide components: <iframe>',
      'content/guides/retries.mdx → line 5: "{alert(1)}" is a JavaScript expression: put braces that are text in a code span',
    ]);
  });

  test('does not report references to entries that failed their schema as missing', () => {
    const raw = content({ codes: [code('rest', 429, { headers: ['X-Broken'], guides: ['broken'] })] });
    expect(problemsOf(raw)).toEqual([
      'content/codes/rest/429.md → headers[0]',
      'content/codes/rest/429.md → guides[0]',
    ]);
    expect(() => buildModel(raw, { headers: ['x-broken'], guides: ['broken'] })).not.toThrow();
  });

  test('requires an origin for a code outside the registry, and refuses one inside it', () => {
    const raw = content({ codes: [code('rest', 499), code('rest', 404, { origin: 'Somewhere.' })] });
    expect(problemsOf(raw)).toEqual([
      'content/codes/rest/499.md → origin',
      'content/codes/rest/404.md → origin',
    ]);
  });

  test('requires causes and solutions to say where they come from, and refuses a source without them', () => {
    const raw = content({
      codes: [
        code('rest', 429, { causes: ['Too fast.'] }),
        code('rest', 404, { causesSource: 'ours' }),
        code('rest', 400, { solutions: ['Fix it.'], causesSource: 'documented' }),
      ],
    });
    expect(problemsOf(raw)).toEqual([
      'content/codes/rest/429.md → causesSource',
      'content/codes/rest/404.md → causesSource',
    ]);
  });

  test('rejects history in an unknown generation or out of order', () => {
    const unknown = code('rest', 429, { history: [{ generation: 'future', label: 'X' }] });
    const reversed = code('rest', 404, {
      history: [
        { generation: 'now', label: 'X' },
        { generation: 'old', label: 'X' },
      ],
    });
    expect(problemsOf(content({ codes: [unknown, reversed] }))).toEqual([
      'content/codes/rest/429.md → history[0].generation',
      'content/codes/rest/404.md → history[1].generation',
    ]);
  });

  test("rejects another name that a code of the same API already has, or that repeats the code's own", () => {
    const raw = content({
      codes: [
        code('rest', 429, { alsoCalled: ['rate limited'] }),
        // Another code's other name, its label in other case and words, and the code's own phrase.
        code('rest', 503, { alsoCalled: ['Rate-limited', 'label 429', 'service unavailable'] }),
        // The same names in another API are that API's own.
        code('gql', 429, { alsoCalled: ['rate limited'] }, 'gql/429'),
      ],
    });
    expect(problemsOf(raw)).toEqual([
      'content/codes/rest/503.md → alsoCalled[0]',
      'content/codes/rest/503.md → alsoCalled[1]',
      'content/codes/rest/503.md → alsoCalled[2]',
    ]);
    expect(() => buildModel(raw)).toThrow('"Rate-limited" already names 429 (content/codes/rest/429.md)');
  });

  test('rejects related headers and guides that do not exist', () => {
    const raw = content({
      codes: [code('rest', 429, { headers: ['x-retry-after', 'X-Nope'], guides: ['rate-limits'] })],
      headers: [header('X-Retry-After')],
    });
    expect(problemsOf(raw)).toEqual([
      'content/codes/rest/429.md → headers[1]',
      'content/codes/rest/429.md → guides[0]',
    ]);
  });

  test('rejects an example whose JSON body does not parse, or that is not the message it says', () => {
    const example = {
      source: 'illustrative' as const,
      caption: 'C.',
      request: 'POST /items HTTP/1.1\nContent-Type: application/json\n\n{"name": "Bath",}',
      response: 'HTTP/1.1 201 Created',
    };
    const raw = content({
      codes: [
        code('rest', 429, { example }),
        code('rest', 400, { example: { ...example, request: 'GET /items' } }),
        code('gql', 401),
      ],
      graphqlErrors: [message('expired', { example: { ...example, request: example.response } })],
    });
    expect(problemsOf(raw)).toEqual([
      'content/codes/rest/429.md → example.request',
      'content/graphql-errors/expired.yaml → example.request',
    ]);
    expect(() => buildModel(raw)).toThrow('example.request: the JSON body does not parse');
  });

  test('requires a header file to be named after the lower-case header', () => {
    expect(problemsOf(content({ headers: [header('X-Retry-After', 'retry')] }))).toEqual([
      'content/headers/retry.yaml → name',
    ]);
  });

  test('checks the headers and codes a guide refers to in its body', () => {
    const guide = {
      id: 'limits',
      filePath: 'content/guides/limits.mdx',
      data: { title: 'Limits', summary: 'Limits.', order: 1, group: 'responses' as const, alsoCalled: [] },
      body: 'See <HeaderRef name="X-Retry-After" /> and <CodeRef code="rest/429" /> or <CodeRef code="rest/418" />. <RetryTable api="rest" /> <RetryTable api="soap" />',
    };
    const raw = content({ guides: [guide], headers: [header('X-Retry-After')] });
    expect(problemsOf(raw)).toEqual([
      'content/guides/limits.mdx → <CodeRef code="rest/418">',
      'content/guides/limits.mdx → <RetryTable api="soap">',
      'content/guides/limits.mdx → <RetryTable>',
    ]);
  });

  test("reports a guide's code block that does not say where it comes from, by line", () => {
    const guide = {
      id: 'paging',
      filePath: 'content/guides/paging.mdx',
      data: { title: 'Paging', summary: 'Paging.', order: 1, group: 'requests' as const, alsoCalled: [] },
      body: '<Example source="documented">\n\n```http\nGET /items?page=2\n```\n\n</Example>\n\n```sh\ncurl x\n```',
    };
    expect(problemsOf(content({ guides: [guide] }))).toEqual(['content/guides/paging.mdx → line 9']);
  });

  test('rejects a GraphQL message without a code page, a missing lookalike and a duplicate message', () => {
    const raw = content({
      graphqlErrors: [
        message('expired', { status: 403, lookalikes: ['revoked'] }),
        message('revoked', { lookalikes: ['gone', 'revoked'] }),
        message('copy', { message: 'Message revoked' }),
      ],
    });
    expect(problemsOf(raw)).toEqual([
      'content/graphql-errors/expired.yaml → status',
      'content/graphql-errors/revoked.yaml → lookalikes[0]',
      'content/graphql-errors/revoked.yaml → lookalikes[1]',
      'content/graphql-errors/copy.yaml → message',
    ]);
  });

  test('rejects a flow for a missing code and reports its graph problems by node', () => {
    const broken = flow('broken', {
      codes: ['rest/418'],
      nodes: {
        ask: {
          question: 'Is it?',
          answers: [
            { label: 'Yes', next: 'nowhere' },
            { label: 'No', next: 'done' },
          ],
        },
        done: { resolution: 'Done', steps: ['Do it.'] },
      },
    });
    expect(problemsOf(content({ flows: [broken] }))).toEqual([
      'content/flows/broken.yaml → codes[0]',
      'content/flows/broken.yaml → nodes.ask.answers[0].next',
    ]);
  });

  test("checks the guides an API's list conventions name", () => {
    const rest = api('rest');
    const listQuery = {
      resources: ['/items'],
      example: '/items?page=1',
      operators: [
        {
          suffix: 'min',
          name: 'Min',
          expression: 'a:min=v',
          values: 'number-or-date',
          description: 'd',
          examples: ['e'],
        },
      ],
      page: 'page',
      limit: 'limit',
      maxLimit: { value: 250, paths: ['/items'] },
      guides: { pagination: 'paging' },
    };
    const raw = content({ apis: [{ ...rest, data: { ...rest.data, listQuery } } as never, api('gql', 2)] });
    expect(problemsOf(raw)).toEqual(['content/apis/rest.yaml → listQuery.guides.pagination']);
  });

  test('rejects an API id that a site section owns', () => {
    expect(problemsOf(content({ apis: [api('rest'), api('gql'), api('guides')] }))).toEqual([
      'content/apis/guides.yaml → (file name)',
    ]);
  });

  test('lists every problem in one error message', () => {
    const raw = content({ codes: [code('soap', 499, {}, 'soap/499')] });
    expect(() => buildModel(raw)).toThrow(
      /content\/codes\/soap\/499\.md → api: no API "soap"[\s\S]*content\/codes\/soap\/499\.md → origin/,
    );
  });
});

describe('model queries', () => {
  const model = buildModel(
    content({
      codes: [
        code('rest', 404),
        code('rest', 429, { headers: ['X-Retry-After'] }),
        code('rest', 500),
        code('gql', 401),
      ],
      headers: [header('X-Retry-After')],
      graphqlErrors: [message('expired')],
      flows: [flow('rate-limited')],
      guides: [
        {
          id: 'limits',
          filePath: 'content/guides/limits.mdx',
          data: { title: 'Limits', summary: 'Limits.', order: 1, group: 'responses', alsoCalled: [] },
          body: 'Read <HeaderRef name="x-retry-after" />. <RetryTable api="rest" />',
        },
      ],
    }),
  );
  const c429 = model.codes.find((c) => c.code === 429)!;

  test("retryRowUrl finds a current code's row in its API's retry table", () => {
    expect(retryRowUrl(model, c429)).toBe('/guides/limits/#retry-429');
    // No table for that API; a legacy code is not in the table.
    expect(retryRowUrl(model, { api: 'gql', code: 401, legacy: false })).toBeUndefined();
    expect(retryRowUrl(model, { api: 'rest', code: 509, legacy: true })).toBeUndefined();
  });

  test('neighbours stay within the API', () => {
    const { previous, next } = neighbours(model, c429);
    expect([previous?.code, next?.code]).toEqual([404, 500]);
    expect(
      neighbours(
        model,
        model.codes.find((c) => c.code === 401)!,
      ),
    ).toEqual({ previous: undefined, next: undefined });
  });

  test('flowsFor finds the flows that serve a code', () => {
    expect(flowsFor(model, c429).map((f) => f.slug)).toEqual(['rate-limited']);
    expect(flowsFor(model, { api: 'rest', code: 404 })).toEqual([]);
  });

  test('mentionsOf finds codes and guides that name a header in any case', () => {
    const mentions = mentionsOf(model, { slug: 'x-retry-after' });
    expect(mentions.codes.map((c) => c.code)).toEqual([429]);
    expect(mentions.guides.map((g) => g.slug)).toEqual(['limits']);
  });

  test('errorsFor lists the messages of one status of one API', () => {
    expect(errorsFor(model, { api: 'gql', code: 401 }).map((e) => e.url)).toEqual(['/gql/errors/expired/']);
    expect(errorsFor(model, { api: 'rest', code: 401 })).toEqual([]);
  });
});

describe('differsFromStandard', () => {
  const standard = {
    code: 422,
    phrase: 'Unprocessable Content',
    reference: 'RFC',
    referenceUrl: 'https://x',
    formerPhrases: [],
  };
  test('is true when the API label is not the registry phrase', () => {
    expect(differsFromStandard({ label: 'Missing or Invalid Data', standard })).toBe(true);
  });
  test('ignores letter case', () => {
    expect(differsFromStandard({ label: 'unprocessable content', standard })).toBe(false);
  });
  test('is false for unregistered codes', () => {
    expect(differsFromStandard({ label: 'Client Closed Request', standard: undefined })).toBe(false);
  });
});

describe('componentRefs', () => {
  test('finds attribute values in either quote style', () => {
    expect(
      componentRefs(`<HeaderRef name="Accept" /> and <HeaderRef name='Date'/>`, 'HeaderRef', 'name'),
    ).toEqual(['Accept', 'Date']);
  });
  test('ignores other components and attributes', () => {
    expect(componentRefs('<HeaderRefs name="A" /> <HeaderRef title="B" />', 'HeaderRef', 'name')).toEqual([]);
  });
});
