import { describe, expect, test } from 'vitest';
import { ApiSchema } from './api';
import { CodeSchema } from './code';
import { FlowSchema } from './flow';
import { GraphqlErrorSchema } from './graphql-error';
import { GuideSchema } from './guide';
import { HeaderSchema } from './header';
import { SiteSchema } from './site';

/** The dotted path of every field a schema rejects. */
function rejected(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));
}

const validCode = {
  api: 'rest',
  code: 429,
  label: 'Too Many Requests',
  summary: 'Slow down.',
  retry: { when: 'after-wait', advice: 'Wait for the reset.' },
  history: [{ generation: 'current', label: 'Too Many Requests' }],
};

describe('CodeSchema', () => {
  test('accepts a minimal code and fills the defaults', () => {
    expect(CodeSchema.parse(validCode)).toMatchObject({ causes: [], solutions: [], headers: [], guides: [] });
  });
  test.each([
    ['a code that is not a status code', { code: 4299 }, 'code'],
    ['a fractional code', { code: 429.5 }, 'code'],
    ['an empty label', { label: '  ' }, 'label'],
    ['an unknown retry verdict', { retry: { when: 'maybe', advice: 'x' } }, 'retry.when'],
    ['an empty history', { history: [] }, 'history'],
    ['an API id with capitals', { api: 'REST' }, 'api'],
    ['a guide slug with spaces', { guides: ['rate limits'] }, 'guides.0'],
    ['an unknown field (a typo)', { lable: 'x' }, ''],
  ])('rejects %s', (_name, patch, path) => {
    expect(rejected(CodeSchema, { ...validCode, ...patch })).toContain(path);
  });
  test('takes an example that says where it comes from', () => {
    const example = { source: 'documented', caption: 'C.', response: 'HTTP/1.1 429' };
    expect(rejected(CodeSchema, { ...validCode, example })).toEqual([]);
    expect(rejected(CodeSchema, { ...validCode, example: { ...example, source: 'illustrative' } })).toEqual(
      [],
    );
  });
  test('rejects an example without a source, or with another one', () => {
    const example = { caption: 'C.', response: 'HTTP/1.1 429' };
    expect(rejected(CodeSchema, { ...validCode, example })).toEqual(['example.source']);
    expect(rejected(CodeSchema, { ...validCode, example: { ...example, source: 'ours' } })).toEqual([
      'example.source',
    ]);
  });
  test('rejects a missing label', () => {
    const { label: _label, ...withoutLabel } = validCode;
    expect(rejected(CodeSchema, withoutLabel)).toEqual(['label']);
  });
});

describe('SiteSchema', () => {
  const site = {
    title: 'T',
    shortTitle: 'T',
    description: 'D',
    vendor: 'V',
    url: 'https://x.example',
    generations: [{ id: 'now', name: 'Now', description: 'Now.' }],
  };
  test('accepts a site', () => expect(rejected(SiteSchema, site)).toEqual([]));
  test('rejects a site URL that is not a URL', () =>
    expect(rejected(SiteSchema, { ...site, url: 'docs' })).toEqual(['url']));
  test('rejects a site without generations', () =>
    expect(rejected(SiteSchema, { ...site, generations: [] })).toEqual(['generations']));
});

describe('ApiSchema', () => {
  const apiData = { name: 'REST', shortName: 'REST', description: 'D', authHeader: 'X-Auth-Token', order: 1 };
  test('accepts an API', () => expect(rejected(ApiSchema, apiData)).toEqual([]));
  test('rejects a class intro for a class that does not exist', () =>
    expect(rejected(ApiSchema, { ...apiData, classIntros: { '6xx': 'x' } })).not.toEqual([]));
});

describe('HeaderSchema', () => {
  const headerData = {
    name: 'Content-Type',
    origin: 'standard',
    uses: [
      { direction: 'request', type: 'MIME types', description: 'Body type.', example: 'application/json' },
    ],
  };
  test('accepts a header', () => expect(rejected(HeaderSchema, headerData)).toEqual([]));
  test('rejects two uses in the same direction', () =>
    expect(rejected(HeaderSchema, { ...headerData, uses: [headerData.uses[0], headerData.uses[0]] })).toEqual(
      ['uses'],
    ));
  test('rejects an unknown direction', () =>
    expect(
      rejected(HeaderSchema, { ...headerData, uses: [{ ...headerData.uses[0], direction: 'both' }] }),
    ).toEqual(['uses.0.direction']));
});

describe('GraphqlErrorSchema', () => {
  const error = {
    api: 'graphql',
    status: 401,
    message: 'GraphQL invalid credentials. JWT is expired',
    title: 'Expired',
    meaning: 'M',
    cause: 'C',
    fix: ['F'],
    order: 4,
  };
  test('accepts a message', () => expect(rejected(GraphqlErrorSchema, error)).toEqual([]));
  test('rejects a message without a fix', () =>
    expect(rejected(GraphqlErrorSchema, { ...error, fix: [] })).toEqual(['fix']));
});

describe('GuideSchema', () => {
  test('rejects an unknown group', () =>
    expect(rejected(GuideSchema, { title: 'T', summary: 'S', order: 1, group: 'misc' })).toEqual(['group']));
  test('takes code spans in its summary but no link, as the guide list shows it inside one', () => {
    const guide = { title: 'T', order: 1, group: 'requests' };
    expect(rejected(GuideSchema, { ...guide, summary: 'Use `page` and `limit`.' })).toEqual([]);
    expect(rejected(GuideSchema, { ...guide, summary: 'See [limits](/guides/rate-limits/).' })).toEqual([
      'summary',
    ]);
  });
});

describe('FlowSchema', () => {
  const flowData = {
    title: 'T',
    summary: 'S',
    codes: ['rest/429'],
    start: 'ask',
    nodes: {
      ask: { question: 'Q?', answers: [{ label: 'A', next: 'end' }] },
      end: { resolution: 'R', steps: ['S'] },
    },
  };
  test('accepts a flow', () => expect(rejected(FlowSchema, flowData)).toEqual([]));
  test('rejects a link in its summary, which the flow list shows inside a link', () =>
    expect(rejected(FlowSchema, { ...flowData, summary: 'After a [429](/rest/429/).' })).toEqual([
      'summary',
    ]));
  test('rejects a code reference without its API', () =>
    expect(rejected(FlowSchema, { ...flowData, codes: ['429'] })).toEqual(['codes.0']));
  test('rejects a node that is neither a question nor a resolution', () =>
    expect(rejected(FlowSchema, { ...flowData, nodes: { ask: { text: 'Hi' } } })).toEqual(['nodes.ask']));
});

describe('inline Markdown fields', () => {
  const html = 'Try <img src=x onerror=alert(1)>.';
  const script = 'See [this](javascript:alert(1)).';

  test.each([
    ['summary', { summary: html }, 'summary'],
    ['a solution', { solutions: ['Fine.', script], causesSource: 'ours' }, 'solutions.1'],
    ['a cause', { causes: [html], causesSource: 'ours' }, 'causes.0'],
    ['the retry advice', { retry: { when: 'after-wait', advice: script } }, 'retry.advice'],
    ['a history note', { history: [{ generation: 'current', label: 'L', note: html }] }, 'history.0.note'],
    ['the origin', { code: 499, origin: script }, 'origin'],
  ])('a code refuses HTML or an unsafe link in %s', (_name, patch, path) => {
    expect(rejected(CodeSchema, { ...validCode, ...patch })).toEqual([path]);
  });

  test('a code names what is wrong', () => {
    const result = CodeSchema.safeParse({
      ...validCode,
      solutions: [`${html} ${script}`],
      causesSource: 'ours',
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'HTML is not allowed in content, only Markdown: "<img src=x onerror=alert(1)>"',
      'link "javascript:alert(1)": a javascript: URL runs code when followed',
    ]);
  });

  test('a code still takes Markdown with safe links', () => {
    const solutions = [
      'Read `X-Retry-After`; see [limits](/guides/rate-limits/) or [RFC](https://rfc-editor.org/).',
    ];
    expect(rejected(CodeSchema, { ...validCode, solutions, causesSource: 'ours' })).toEqual([]);
  });

  test('the other collections refuse HTML and unsafe links where they take inline Markdown', () => {
    const flow = {
      title: 'T',
      summary: html,
      codes: ['rest/429'],
      start: 'ask',
      nodes: {
        ask: { question: html, help: script, answers: [{ label: html, next: 'end' }] },
        end: { resolution: script, steps: [html] },
      },
    };
    expect(rejected(FlowSchema, flow).sort()).toEqual([
      'nodes.ask.answers.0.label',
      'nodes.ask.help',
      'nodes.ask.question',
      'nodes.end.resolution',
      'nodes.end.steps.0',
      'summary',
    ]);
    const message = { api: 'g', status: 401, message: 'M', title: 'T', order: 1 };
    expect(rejected(GraphqlErrorSchema, { ...message, meaning: html, cause: script, fix: [html] })).toEqual([
      'meaning',
      'cause',
      'fix.0',
    ]);
    expect(rejected(GuideSchema, { title: 'T', order: 1, group: 'requests', summary: html })).toEqual([
      'summary',
    ]);
    expect(
      rejected(HeaderSchema, {
        name: 'X-A',
        origin: 'vendor',
        status: 'current',
        uses: [{ direction: 'response', type: 'number', description: script }],
      }),
    ).toEqual(['uses.0.description']);
    expect(rejected(ApiSchema, { name: 'A', shortName: 'A', description: html, order: 1 })).toEqual([
      'description',
    ]);
  });
});
