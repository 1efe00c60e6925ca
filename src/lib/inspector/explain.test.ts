import { describe, expect, it } from 'vitest';
import {
  explainResponse,
  formatDuration,
  inputFromCode,
  matchMessage,
  type KnownCode,
  type KnownError,
  type KnownHeader,
  type Knowledge,
} from './explain';
import { LINEAR_GROWTH, timeGrowth } from '~/test-fixtures/linear-time';
import { parseResponse } from './parse';
import * as samples from './fixtures/samples';

const code = (api: string, apiName: string, n: number, label: string): KnownCode => ({
  api,
  apiName,
  code: n,
  label,
  alsoCalled: n === 422 ? ['validation error'] : [],
  summary: `${label} summary`,
  retry: `${label} retry advice`,
  url: `/${api}/${n}/`,
  statusClass: `${Math.floor(n / 100)}xx`,
  flows: n === 429 ? [{ title: 'Rate limited', url: '/flows/rate-limited/' }] : [],
});

const header = (name: string, role?: KnownHeader['role']): KnownHeader => ({
  name,
  url: `/headers/${name.toLowerCase()}/`,
  summary: `${name} summary`,
  ...(role ? { role } : {}),
});

const graphqlMessages = [
  'GraphQL credentials were missing. No token was sent.',
  'GraphQL invalid credentials. String is not a JWT',
  'GraphQL invalid credentials. JWT signature is invalid',
  'GraphQL invalid credentials. JWT is expired',
  'Unknown JWT token',
  'GraphQL invalid credentials. JWT has no valid Json',
  'GraphQL invalid credentials. JWT has Json of an unknown format',
];
const errors: KnownError[] = graphqlMessages.map((message, i) => ({
  api: 'graphql',
  status: 401,
  message,
  title: `Error ${i}`,
  url: `/graphql/errors/${i}/`,
}));

const knowledge: Knowledge = {
  codes: [
    code('rest', 'REST', 429, 'Too Many Requests'),
    code('graphql', 'GraphQL', 429, 'Too Many Requests'),
    code('rest', 'REST', 422, 'Unprocessable Entity'),
    code('rest', 'REST', 400, 'Bad Request'),
    code('rest', 'REST', 401, 'Unauthorized'),
    code('graphql', 'GraphQL', 401, 'Unauthorized'),
  ],
  headers: [
    header('X-Rate-Limit-Time-Window-Ms', 'rate-limit-window-ms'),
    header('X-Rate-Limit-Time-Reset-Ms', 'rate-limit-reset-ms'),
    header('X-Rate-Limit-Requests-Quota', 'rate-limit-quota'),
    header('X-Rate-Limit-Requests-Left', 'rate-limit-remaining'),
    header('X-Retry-After', 'retry-after-seconds'),
    header('X-BC-ApiLimit-Remaining', 'hourly-remaining'),
    header('Content-Type'),
  ],
  errors,
  standardPhrases: {
    200: 'OK',
    400: 'Bad Request',
    401: 'Unauthorized',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
    502: 'Bad Gateway',
  },
  formerPhrases: { 422: ['Unprocessable Entity'] },
  numberPages: { 200: '/codes/200/', 400: '/codes/400/', 429: '/codes/429/', 502: '/codes/502/' },
};

const explain = (text: string) => explainResponse(parseResponse(text), knowledge);

describe('formatDuration', () => {
  it.each([
    [15_000, '15 seconds'],
    [30_000, '30 seconds'],
    [90_000, '1 minute 30 seconds'],
    [1_000, '1 second'],
    [1, '1 second'],
    [3_600_000, '1 hour'],
    [0, '0 seconds'],
    [Number.NaN, '0 seconds'],
  ])('%d ms reads as %j', (ms, expected) => expect(formatDuration(ms)).toBe(expected));
});

describe('inputFromCode', () => {
  it.each([
    ['429', '429'],
    ['100', '100'],
    ['599', '599'],
    ['600', ''],
    ['99', ''],
    ['42a', ''],
    [' 429', ''],
    ['<script>', ''],
    ['', ''],
  ])('%j pre-fills %j', (input, expected) => expect(inputFromCode(input)).toBe(expected));
});

describe('explainResponse: status', () => {
  it('lists every API that documents the status, with its phrase and class', () => {
    const { status } = explain(samples.raw429);
    expect(status).toMatchObject({ code: 429, phrase: 'Too Many Requests', statusClass: '4xx' });
    expect(status?.matches.map((m) => m.apiName)).toEqual(['REST', 'GraphQL']);
  });

  it('reads a bare status', () => {
    expect(explain('429').status?.matches).toHaveLength(2);
  });

  it('points a standard status no API lists at its number page', () => {
    const { status, unrecognised } = explain('HTTP/1.1 502 Bad Gateway');
    expect(status).toMatchObject({ code: 502, phrase: 'Bad Gateway', matches: [], numberUrl: '/codes/502/' });
    expect(unrecognised).toEqual([]);
  });

  it('names a status nobody knows, but still gives its class', () => {
    const explanation = explain('HTTP/1.1 299 Odd');
    expect(explanation.status).toMatchObject({ code: 299, statusClass: '2xx', matches: [] });
    expect(explanation.unrecognised).toContain(
      'Status 299 is not a standard HTTP status and no API here documents it',
    );
  });

  it("reads a status's name in code as its status, and says which name it read", () => {
    for (const [name, code] of [
      ['Net::HTTPTooManyRequests', 429],
      ['http.StatusTooManyRequests', 429],
      ['HTTPStatus.UNPROCESSABLE_ENTITY', 422],
      ['HttpStatusCode.UnprocessableContent', 422],
      ['Faraday::BadRequestError', 400],
    ] as const) {
      const explanation = explain(name);
      expect(explanation.status).toMatchObject({ code, name });
      expect(explanation.unrecognised).toEqual([]);
    }
    expect(explain('Net::HTTPTooManyRequests').status?.matches.map((m) => m.apiName)).toEqual([
      'REST',
      'GraphQL',
    ]);
  });

  it('says when a name in code is no status it knows', () => {
    const explanation = explain('Net::HTTPClientError');
    expect(explanation.status).toBeUndefined();
    expect(explanation.unrecognised).toEqual(['Net::HTTPClientError names no single status known here']);
  });

  it('takes the status from the body when no status line was given', () => {
    const explanation = explain(samples.problemBody);
    expect(explanation.bodyStatus).toBe(422);
    expect(explanation.status).toMatchObject({ code: 422, phrase: 'Unprocessable Content' });
  });
});

describe('explainResponse: a status HTTP cannot send', () => {
  it.each([['HTTP/1.1 999'], ['HTTP/1.1 600 Nope\nContent-Type: text/plain'], ['999'], ['000']])(
    '%j: says it is not an HTTP status code, and the range they take',
    (text) => {
      const explanation = explain(text);
      expect(explanation.status).toBeUndefined();
      const digits = /\d{3}/.exec(text.replace('HTTP/1.1', ''))![0];
      expect(explanation.unrecognised[0]).toBe(
        `${digits} is not an HTTP status code: status codes run from 100 to 599`,
      );
    },
  );
});

describe('explainResponse: rate limit', () => {
  it('decodes the raw 429 headers into sentences and pacing', () => {
    const { rateLimit } = explain(samples.raw429);
    expect(rateLimit).toMatchObject({
      quota: 150,
      remaining: 35,
      windowMs: 30_000,
      resetMs: 15_000,
      retryAfterSeconds: 15,
    });
    expect(rateLimit?.lines).toEqual([
      '35 requests left of 150',
      'The window is 30 seconds long',
      'The window resets in 15 seconds',
      'Wait 15 seconds before the next request (X-Retry-After header)',
    ]);
    expect(rateLimit?.pacing).toBe(
      'Pace at most 35 requests over the next 15 seconds (about 2.3 per second)',
    );
  });

  it.each([
    ['HTTP/2', samples.http2],
    ['cURL -v', samples.curlVerbose],
    ['CRLF', samples.raw429Crlf],
    ['headers only', samples.headersOnly],
  ])('reads the same from the %s form', (_form, text) => {
    expect(explain(text).rateLimit?.lines).toContain('35 requests left of 150');
    expect(explain(text).rateLimit?.resetMs).toBe(15_000);
  });

  it('says to stop when nothing is left (browser copy, lower-case names)', () => {
    const explanation = explain(samples.browserCopy);
    expect(explanation.status?.code).toBe(429);
    expect(explanation.rateLimit?.pacing).toBe('Stop and wait 15 seconds, until the window resets');
    expect(explanation.headers.every((h) => h.known)).toBe(true);
  });

  it('paces per minute when fewer than one request a second is left', () => {
    expect(
      explain('x-rate-limit-requests-left: 10\nX-Rate-Limit-Time-Reset-Ms: 60000').rateLimit?.pacing,
    ).toBe('Pace at most 10 requests over the next 1 minute (about 10 per minute)');
  });

  it('reads the hourly allowance', () => {
    expect(explain('X-BC-ApiLimit-Remaining: 4999').rateLimit?.lines).toEqual([
      '4999 requests left this hour',
    ]);
  });

  it('rejects values that are not numbers and trims those that are', () => {
    const explanation = explain('X-Rate-Limit-Requests-Left: lots\nX-Rate-Limit-Requests-Quota:  150 ');
    expect(explanation.rateLimit?.quota).toBe(150);
    expect(explanation.rateLimit?.remaining).toBeUndefined();
    expect(explanation.unrecognised).toContain('X-Rate-Limit-Requests-Left should be a number but is "lots"');
  });

  it('names an impossible value instead of reading it: a negative wait is no wait of 0 seconds', () => {
    const explanation = explain('HTTP/1.1 429 Too Many Requests\nX-Retry-After: -5');
    expect(explanation.rateLimit).toBeUndefined();
    expect(explanation.unrecognised).toContain(
      'X-Retry-After is -5, which cannot be: a wait is never negative',
    );
  });

  it('names a negative quota and a count past any server’s, and shows neither', () => {
    const explanation = explain(
      'X-Rate-Limit-Requests-Left: 100000000000000000000000\nX-Rate-Limit-Requests-Quota: -1',
    );
    expect(explanation.rateLimit).toBeUndefined();
    expect(explanation.unrecognised).toEqual([
      'X-Rate-Limit-Requests-Left is 100000000000000000000000, which cannot be: no server counts that high',
      'X-Rate-Limit-Requests-Quota is -1, which cannot be: a quota is never negative',
    ]);
    expect(explain('X-Rate-Limit-Requests-Left: 1e23').unrecognised).toEqual([
      'X-Rate-Limit-Requests-Left should be a number but is "1e23"',
    ]);
  });

  it('names more requests left than the quota allows, and shows the count alone', () => {
    const explanation = explain('X-Rate-Limit-Requests-Left: 200\nX-Rate-Limit-Requests-Quota: 150');
    expect(explanation.rateLimit?.lines).toEqual(['200 requests left']);
    expect(explanation.unrecognised).toContain(
      'X-Rate-Limit-Requests-Left is 200, more than the quota of 150 (X-Rate-Limit-Requests-Quota), which cannot be',
    );
  });

  it('has no reading without rate-limit headers', () => {
    expect(explain(samples.curlRedirect).rateLimit).toBeUndefined();
  });
});

describe('explainResponse: headers', () => {
  it('matches header names in any case and shows unknown ones without a link', () => {
    const { headers, unrecognised } = explain(samples.curlI);
    expect(headers.find((h) => h.name === 'x-rate-limit-requests-left')?.known?.role).toBe(
      'rate-limit-remaining',
    );
    expect(headers.find((h) => h.name === 'date')).toEqual({
      name: 'date',
      value: 'Tue, 14 Jan 2025 10:00:00 GMT',
    });
    expect(unrecognised).toEqual([]);
  });

  it('keeps repeated headers', () => {
    const { headers } = explain('HTTP/1.1 200 OK\nSet-Cookie: a=1\nSet-Cookie: b=2');
    expect(headers.map((h) => h.value)).toEqual(['a=1', 'b=2']);
  });
});

describe('explainResponse: body', () => {
  it('reads a problem-details body: title and field errors', () => {
    const explanation = explain(samples.problemBody);
    expect(explanation.title).toBe('Validation failed');
    expect(explanation.fieldErrors).toEqual([{ field: 'price', message: 'price must be a number' }]);
    expect(explanation.unrecognised).toEqual([]);
  });

  it('reads an errors array with fields', () => {
    expect(explain('{"errors":[{"field":"name","message":"is required"}]}').fieldErrors).toEqual([
      { field: 'name', message: 'is required' },
    ]);
  });

  it('reads the array-shaped body', () => {
    const explanation = explain(samples.arrayBody);
    expect(explanation).toMatchObject({
      bodyStatus: 400,
      title: 'Unknown field submitted',
      fieldErrors: [{ field: '9', message: 'this_should_fail' }],
      status: { code: 400, phrase: 'Bad Request' },
    });
  });

  it('matches a GraphQL message exactly', () => {
    expect(explain(samples.graphqlExpired).messages).toEqual([
      { message: 'GraphQL invalid credentials. JWT is expired', match: { kind: 'exact', error: errors[3] } },
    ]);
  });

  it.each([
    'JWT is expired',
    'GraphQL invalid credentials. JWT is expire',
    'graphql  invalid credentials: “JWT is expired”!',
    'GraphQL invalid credential. JWT is expierd',
  ])('matches %j closely to the expired-JWT error', (message) => {
    expect(matchMessage(message, errors)).toMatchObject({ kind: 'close', error: errors[3] });
  });

  it('treats case, spacing and trailing punctuation as exact', () => {
    expect(matchMessage('  unknown   jwt TOKEN. ', errors)).toEqual({ kind: 'exact', error: errors[4] });
  });

  it('matches nothing for an unrelated message and says so', () => {
    const explanation = explain('{"errors":[{"message":"Field \'foo\' doesn\'t exist on type \'Query\'"}]}');
    expect(explanation.messages[0]?.match).toBeUndefined();
    expect(explanation.unrecognised).toEqual([
      `No known message matches: "Field 'foo' doesn't exist on type 'Query'"`,
    ]);
    expect(matchMessage('token', errors)).toBeUndefined();
  });

  it('finds a documented message pasted without its JSON, and says nothing of JSON then', () => {
    expect(explain('GraphQL invalid credentials. JWT is expired')).toMatchObject({
      messages: [{ message: 'GraphQL invalid credentials. JWT is expired', match: { kind: 'exact' } }],
      unrecognised: [],
    });
    expect(explain('Error: Unknown JWT token').messages).toEqual([
      { message: 'Error: Unknown JWT token', match: { kind: 'close', error: errors[4] } },
    ]);
    const logged = explain(
      '2026-11-30 12:00:00 sync failed\nError: GraphQL invalid credentials. JWT is expired',
    );
    expect(logged.messages).toEqual([
      {
        message: 'Error: GraphQL invalid credentials. JWT is expired',
        match: { kind: 'close', error: errors[3] },
      },
    ]);
  });

  it('takes the status a documented message comes with, and only its API, when the paste gives none', () => {
    const { status } = explain('GraphQL invalid credentials. JWT is expired');
    expect(status).toMatchObject({ code: 401, fromMessage: true });
    expect(status?.matches.map((m) => m.api)).toEqual(['graphql']);
  });

  it("lists first the API whose message the paste carries, after the paste's own status", () => {
    const withMessage = explain(`HTTP/2 401\n\n${samples.graphqlExpired}`).status;
    expect(withMessage?.fromMessage).toBeUndefined();
    expect(withMessage?.matches.map((m) => m.api)).toEqual(['graphql', 'rest']);
    expect(explain('HTTP/2 401').status?.matches.map((m) => m.api)).toEqual(['rest', 'graphql']);
  });

  it('points a request URL with a query at the query builder, where the content has one', () => {
    const url = 'https://api.example.com/v3/catalog/products?limit=500';
    const builder = { ...knowledge, queryBuilderUrl: '/tools/query-builder/' };
    expect(explainResponse(parseResponse(url), builder)).toMatchObject({
      request: { url, queryBuilderUrl: `/tools/query-builder/?url=${encodeURIComponent(url)}` },
      unrecognised: [],
    });
    expect(explainResponse(parseResponse(url), knowledge).request).toEqual({ url });
    expect(explainResponse(parseResponse('https://api.example.com/v3'), builder).request).toEqual({
      url: 'https://api.example.com/v3',
    });
    expect(explain(`curl -sS '${url}'`).request).toEqual({ url, curl: { printsHeaders: false } });
  });

  it("reads a status's reason phrase pasted alone", () => {
    for (const phrase of ['Too Many Requests', 'too many requests.', 'Unprocessable Entity'])
      expect(explain(phrase)).toMatchObject({
        status: { code: phrase.startsWith('Unp') ? 422 : 429 },
        unrecognised: [],
      });
    expect(explain('Too Many Requests today').status).toBeUndefined();
  });

  it('reads another name the content gives a status, pasted alone', () => {
    expect(explain('Validation error').status).toMatchObject({ code: 422 });
    expect(explain('Validation').status).toBeUndefined();
  });

  it('lists a cut-off JSON body and a non-JSON body', () => {
    expect(explain('HTTP/1.1 422\n\n{"status":422,"ti').unrecognised).toEqual([
      'The body looks like JSON but is cut off or malformed',
    ]);
    expect(explain(samples.htmlBody).unrecognised).toEqual(['The body is not JSON']);
  });

  it('counts lines it could not read', () => {
    expect(explain('HTTP/1.1 200 OK\nnot a header\nnor this').unrecognised).toEqual([
      '2 lines could not be read and were skipped',
    ]);
  });
});

describe('explainResponse: hostile input', () => {
  it.each([
    '<script>alert(1)</script>',
    '{"errors":[{"message":"<img src=x onerror=alert(1)>"}],"title":"😀\u202E\u200B"}',
    '{"errors":{"a":[1,{"b":2}],"c":null},"status":"abc"}',
    '[null, 1, "x", {"status": 9999, "body": "text"}]',
    `{"errors":[{"message":"${'a '.repeat(5_000)}"}]}`,
    'x'.repeat(10_000),
  ])('explains %# without throwing, keeping text as plain strings', (text) => {
    const explanation = explain(text);
    for (const value of [explanation.title, ...explanation.messages.map((m) => m.message)])
      expect(value === undefined || typeof value === 'string').toBe(true);
  });

  it('keeps hostile text verbatim', () => {
    const explanation = explain(
      '{"errors":[{"message":"<img src=x onerror=alert(1)>"}],"title":"😀\u202E\u200B"}',
    );
    expect(explanation.title).toBe('😀\u202E\u200B');
    expect(explanation.messages[0]?.message).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('explainResponse: input built to hurt', () => {
  const deep = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
  const noise = () => {
    let seed = 7;
    return Array.from({ length: 200_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(seed % 65536);
    }).join('');
  };

  it.each([
    ['5 MB of text', `HTTP/1.1 429 Too Many Requests\n\n${'x'.repeat(5 * 1024 * 1024)}`],
    ['5 MB of headers', 'HTTP/1.1 200 OK\n' + 'X-A: b\n'.repeat(700_000)],
    ['binary noise', noise()],
    ['JSON nested 100,000 deep', deep(100_000)],
    ['errors nested 10,000 deep', `{"errors":${deep(10_000)}}`],
  ])(
    '%s: explained without throwing (how the time grows is checked below)',
    { timeout: 60_000 },
    (_name, text) => {
      const explanation = explain(text);
      expect(Array.isArray(explanation.unrecognised)).toBe(true);
    },
  );

  it('explains in time linear in the paste: headers, plain text, nested JSON', { timeout: 60_000 }, () => {
    const shapes = [
      (n: number) => 'HTTP/1.1 200 OK\n' + 'X-A: b\n'.repeat(n),
      (n: number) => `HTTP/1.1 429 Too Many Requests\n\n${'x'.repeat(n * 10)}`,
      (n: number) => `{"errors":${deep(n / 10)}}`,
    ];
    for (const make of shapes) expect(timeGrowth(explain, make, 2_000)).toBeLessThan(LINEAR_GROWTH);
  });

  it('says when a paste was too long to read whole', { timeout: 60_000 }, () => {
    expect(explain('HTTP/1.1 200 OK\n' + 'X-A: b\n'.repeat(700_000)).notice).toMatch(
      /^Only the first [\d,]+ characters of the 4,900,016 pasted were read; the rest was left out\.$/,
    );
    expect(explain('HTTP/1.1 200 OK').notice).toBeUndefined();
  });
});
