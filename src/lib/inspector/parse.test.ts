import { describe, expect, it } from 'vitest';
import { LINEAR_GROWTH, timeGrowth } from '~/test-fixtures/linear-time';
import { MAX_INPUT_LENGTH, parseResponse } from './parse';
import * as samples from './fixtures/samples';

const header = (text: string, name: string) =>
  parseResponse(text).headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

describe('parseResponse', () => {
  it('reads a raw HTTP/1.1 response with headers and a JSON body', () => {
    const parsed = parseResponse(samples.raw429);
    expect(parsed).toMatchObject({
      form: 'http',
      httpVersion: '1.1',
      status: 429,
      reason: 'Too Many Requests',
    });
    expect(parsed.headers).toHaveLength(6);
    expect(parsed.json).toEqual({ status: 429, title: 'Too many requests' });
    expect(parsed.ignored).toEqual([]);
  });

  it('reads CRLF exactly like LF', () => {
    expect(parseResponse(samples.raw429Crlf)).toEqual(parseResponse(samples.raw429));
  });

  it('reads HTTP/2 and HTTP/2.0 status lines', () => {
    expect(parseResponse(samples.http2)).toMatchObject({
      httpVersion: '2',
      status: 429,
      headers: { length: 5 },
    });
    expect(parseResponse(samples.curlI)).toMatchObject({ form: 'http', httpVersion: '2.0', reason: 'OK' });
    expect(parseResponse(samples.http2).reason).toBeUndefined();
  });

  it('reads a cURL -v transcript, dropping request, info and data-marker lines', () => {
    const parsed = parseResponse(samples.curlVerbose);
    expect(parsed).toMatchObject({ form: 'curl', status: 429, httpVersion: '1.1' });
    expect(parsed.headers.map((h) => h.name)).not.toContain('Host');
    expect(parsed.headers).toHaveLength(6);
    expect(parsed.body).toBe('{"status":429,"title":"Too many requests"}');
    expect(parsed.ignored).toEqual([]);
  });

  it('keeps only the last response of several', () => {
    expect(parseResponse(samples.curlRedirect)).toMatchObject({
      status: 200,
      headers: [{ name: 'Content-Type', value: 'text/plain' }],
      body: 'hello',
    });
  });

  it('treats a status or :status header as the status code, not a header', () => {
    const parsed = parseResponse(samples.browserCopy);
    expect(parsed).toMatchObject({ form: 'headers', status: 429 });
    expect(parsed.headers.map((h) => h.name)).toEqual([
      'content-type',
      'x-rate-limit-requests-left',
      'x-rate-limit-time-reset-ms',
      'x-retry-after',
    ]);
    expect(parseResponse('Status: 404 Not Found\nA: b')).toMatchObject({ status: 404, reason: 'Not Found' });
  });

  it('reads headers only', () => {
    expect(parseResponse(samples.headersOnly)).toMatchObject({ form: 'headers', headers: { length: 5 } });
    expect(parseResponse(samples.headersOnly).status).toBeUndefined();
  });

  it.each(['429', ' 429 ', 'HTTP 429', 'Status: 429', '429 Too Many Requests', '\n\n429\n\n'])(
    'reads the bare status %j',
    (text) => expect(parseResponse(text)).toMatchObject({ form: 'status', status: 429, headers: [] }),
  );

  it('rejects impossible status codes', () => {
    expect(parseResponse('999').status).toBeUndefined();
    expect(parseResponse('HTTP/1.1 600 Nope').status).toBeUndefined();
  });

  it('reads a body alone, JSON or not', () => {
    expect(parseResponse(samples.graphqlExpired)).toMatchObject({ form: 'body', json: { data: null } });
    expect(parseResponse(samples.htmlBody)).toMatchObject({ form: 'body', body: samples.htmlBody });
    expect(parseResponse(samples.htmlBody).json).toBeUndefined();
  });

  it('explains JSON that is cut off', () => {
    const parsed = parseResponse('HTTP/1.1 422\n\n{"status":422,"title":"JSON da');
    expect(parsed.json).toBeUndefined();
    expect(parsed.jsonError).toMatch(/cut off or malformed/);
  });

  it('joins folded header lines and keeps repeated headers apart', () => {
    const parsed = parseResponse(
      'HTTP/1.1 200 OK\nSet-Cookie: a=1\nSet-Cookie: b=2\nX-Long: first\n\tsecond\n   third\nX-Empty:\n',
    );
    expect(parsed.headers).toEqual([
      { name: 'Set-Cookie', value: 'a=1' },
      { name: 'Set-Cookie', value: 'b=2' },
      { name: 'X-Long', value: 'first second third' },
      { name: 'X-Empty', value: '' },
    ]);
  });

  it('starts the body at a { or [ line even without a blank line', () => {
    expect(parseResponse('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n[1,2]')).toMatchObject({
      headers: { length: 1 },
      json: [1, 2],
    });
  });

  it('keeps stray lines in ignored and trims blank lines around the paste', () => {
    const parsed = parseResponse('\n\nHTTP/1.1 200 OK\nnot a header line\nA: b\n\n  body text  \n\n');
    expect(parsed).toMatchObject({
      ignored: ['not a header line'],
      body: 'body text',
      headers: { length: 1 },
    });
  });

  it('reads empty input as empty', () => {
    expect(parseResponse('')).toEqual({ form: 'empty', headers: [], ignored: [] });
    expect(parseResponse(' \r\n \n').form).toBe('empty');
  });

  it('never throws on long or hostile input (its time is checked below, by how it grows)', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '😀 emoji: 🚀',
      '\u202Eevil\u200B\u200D: x',
      'a'.repeat(10_000),
      ':'.repeat(10_000),
      'HTTP/1.1 '.repeat(2_000),
      '< '.repeat(5_000),
      `{"a":"${'x'.repeat(20_000)}`,
      Array.from({ length: 5_000 }, (_, i) => `H${i}: ${i}`).join('\n'),
    ];
    for (const text of hostile) {
      const parsed = parseResponse(text);
      expect(typeof parsed.form).toBe('string');
    }
    expect(parseResponse(hostile[0]!).body).toBe('<script>alert(1)</script>');
    expect(header(hostile[8]!, 'H4999')).toBe('4999');
  });

  it('reads a request URL pasted instead of the response, and never a URL as a header', () => {
    const url = 'https://api.example.com/v3/catalog/products?limit=500';
    for (const text of [url, `GET ${url}`, ` POST ${url} `])
      expect(parseResponse(text)).toMatchObject({ form: 'request', requestUrl: url, headers: [] });
    expect(parseResponse(`X-Retry-After: 15\n${url}`)).toMatchObject({
      headers: [{ name: 'X-Retry-After', value: '15' }],
      ignored: [url],
    });
    expect(parseResponse(`${url} is slow`).requestUrl).toBeUndefined();
  });

  it('reads a cURL command as its request URL; with its output, as the response', () => {
    const url = 'https://api.example.com/v3/catalog/products?limit=500';
    const command = `curl -X GET \\\n  "${url}" \\\n  -H 'X-Auth-Token: abc'`;
    expect(parseResponse(command)).toEqual({
      form: 'request',
      requestUrl: url,
      curl: { printsHeaders: false },
      headers: [],
      ignored: [],
    });
    expect(parseResponse(`$ curl -i '${url}'`).requestUrl).toBe(url);
    expect(parseResponse(`curl -i '${url}'\nHTTP/1.1 429\nX-Retry-After: 15`)).toMatchObject({
      form: 'http',
      status: 429,
    });
  });

  it('tells whether a cURL command asks for the status line and headers', () => {
    const printsHeaders = (options: string) =>
      parseResponse(`curl ${options} https://api.example.com/v3/orders`).curl?.printsHeaders;
    for (const options of ['-i', '-v', '-sSi', '-iL', '--include', '--verbose', '-X GET -vs'])
      expect(printsHeaders(options), options).toBe(true);
    for (const options of ['', '-s', '-X GET', "-H 'X-Auth-Token: abc'", '--silent', '-sSL'])
      expect(printsHeaders(options), options).toBe(false);
    expect(parseResponse('GET https://api.example.com/v3/orders').curl).toBeUndefined();
  });

  describe("a copy from a browser's developer tools", () => {
    const general = [
      ['Request URL', 'https://api.example.com/v3/catalog/products'],
      ['Request Method', 'POST'],
      ['Status Code', '415 Unsupported Media Type'],
      ['Remote Address', '192.0.2.1:443'],
      ['Referrer Policy', 'strict-origin-when-cross-origin'],
    ];
    const headers = [
      ['content-type', 'application/json'],
      ['x-retry-after', '15'],
    ];
    const expected = {
      form: 'headers',
      status: 415,
      reason: 'Unsupported Media Type',
      headers: headers.map(([name, value]) => ({ name, value })),
      ignored: [],
    };

    it('reads the status from the General rows, which are not response headers', () => {
      const rows = [...general, ...headers].map(([name, value]) => `${name}: ${value}`);
      expect(parseResponse(rows.join('\n'))).toMatchObject(expected);
    });

    it('reads values copied on the line under their name, with or without a colon', () => {
      const colons = [...general, ...headers].flatMap(([name, value]) => [`${name}:`, value]);
      expect(parseResponse(colons.join('\n'))).toMatchObject(expected);
      const bare = [...general.flat(), ...headers.flatMap(([name, value]) => [`${name}:`, value])];
      expect(parseResponse(bare.join('\n'))).toMatchObject(expected);
    });

    it('skips the section titles copied with the rows', () => {
      const copy = [
        'General',
        ...general.map(([name, value]) => `${name}: ${value}`),
        'Response Headers (2)',
        ...headers.map(([name, value]) => `${name}: ${value}`),
      ];
      expect(parseResponse(copy.join('\n'))).toMatchObject(expected);
    });

    it('leaves out the request headers copied under their own title', () => {
      const copy = [
        'Response Headers',
        ...headers.map(([name, value]) => `${name}: ${value}`),
        'Request Headers',
        ':authority: api.example.com',
        'x-auth-token: abc',
      ];
      expect(parseResponse(['Status Code: 415 Unsupported Media Type', ...copy].join('\n'))).toMatchObject(
        expected,
      );
    });

    it('reads the response headers copied without colons: value under the name, or a tab apart', () => {
      const status = 'Status Code\n415 Unsupported Media Type\nResponse Headers';
      const under = headers.flatMap(([name, value]) => [name, value]);
      expect(parseResponse([status, ...under].join('\n'))).toMatchObject(expected);
      const tabbed = headers.map(([name, value]) => `${name}\t${value}`);
      expect(parseResponse([status, ...tabbed].join('\n'))).toMatchObject(expected);
      // Outside that section, a bare word is no header.
      expect(parseResponse('HTTP/1.1 415\ncontent-type\napplication/json').headers).toEqual([]);
    });

    it('keeps an empty header empty when the next line is a header', () => {
      expect(parseResponse('X-Empty:\nX-Retry-After: 15').headers).toEqual([
        { name: 'X-Empty', value: '' },
        { name: 'X-Retry-After', value: '15' },
      ]);
    });
  });

  describe("an HTTP client's error message", () => {
    it.each([
      ['AxiosError: Request failed with status code 401', 401, undefined],
      ['Failed to load resource: the server responded with a status of 429 ()', 429, undefined],
      [
        'requests.exceptions.HTTPError: 415 Client Error: Unsupported Media Type for url: https://api.example.com/v3/x',
        415,
        'Unsupported Media Type',
      ],
      ['500 Server Error: Internal Server Error', 500, 'Internal Server Error'],
      ['urllib.error.HTTPError: HTTP Error 404: Not Found', 404, 'Not Found'],
      ['GET https://api.example.com/v3/catalog/products 429 (Too Many Requests)', 429, 'Too Many Requests'],
      [
        'Response status code does not indicate success: 503 (Service Unavailable).',
        503,
        'Service Unavailable',
      ],
      ['java.io.IOException: Server returned HTTP response code: 429 for URL: https://x', 429, undefined],
      ['curl: (22) The requested URL returned error: 403', 403, undefined],
      [
        'Client error: `PUT https://x` resulted in a `422 Unprocessable Entity` response:',
        422,
        'Unprocessable Entity',
      ],
      ['unexpected status code: 502', 502, undefined],
      ['HTTP error! status: 404', 404, undefined],
    ])('%s', (text, status, reason) => {
      const parsed = parseResponse(text);
      expect(parsed).toMatchObject({ form: 'message', status, headers: [], ignored: [] });
      expect(parsed.reason).toBe(reason);
    });

    it("takes a status's name in code for a message, not a header", () => {
      expect(parseResponse('Net::HTTPTooManyRequests')).toMatchObject({
        form: 'message',
        statusName: 'Net::HTTPTooManyRequests',
        headers: [],
      });
      expect(parseResponse('HttpStatusCode.UnsupportedMediaType\n   at Client.Send()').ignored).toEqual([]);
      expect(parseResponse('Unauthorized').statusName).toBeUndefined();
      expect(parseResponse('X-Status:200').statusName).toBeUndefined();
    });

    it('reads an exception that names no status as a body, not a header', () => {
      for (const text of [
        'Error: GraphQL invalid credentials. JWT is expired',
        'ClientError: GraphQL invalid credentials. JWT is expired: {"response":{}}',
        'graphql.error.GraphQLError: Unknown JWT token',
      ])
        expect(parseResponse(text)).toMatchObject({ form: 'body', body: text, headers: [] });
      expect(parseResponse('X-Error: none').headers).toEqual([{ name: 'X-Error', value: 'none' }]);
    });

    it("reads a class name with :: as a client's error, not a header", () => {
      expect(parseResponse('RestClient::TooManyRequests: 429 Too Many Requests')).toMatchObject({
        form: 'message',
        status: 429,
        headers: [],
      });
      expect(parseResponse('X-Retry-After: 15\nRails::Engine: x').headers).toHaveLength(1);
    });

    it('reads the error at the end of a Python traceback, the last one when they are chained', () => {
      const traceback = [
        'Traceback (most recent call last):',
        '  File "sync.py", line 12, in <module>',
        '    response.raise_for_status()',
        'requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://x/v3/a',
        '',
        'During handling of the above exception, another exception occurred:',
        '',
        'Traceback (most recent call last):',
        '  File "sync.py", line 14, in <module>',
        "httpx.HTTPStatusError: Client error '429 Too Many Requests' for url 'https://x/v3/b'",
      ].join('\n');
      expect(parseResponse(traceback)).toMatchObject({
        form: 'message',
        status: 429,
        reason: 'Too Many Requests',
      });
      // A traceback without a client's error says nothing about a response.
      expect(
        parseResponse('Traceback (most recent call last):\n  File "a.py"\nKeyError: x').status,
      ).toBeUndefined();
    });

    it('skips the stack trace under the message', () => {
      const parsed = parseResponse(
        'AxiosError: Request failed with status code 401\n    at settle (node_modules/axios/lib/core/settle.js:19:12)',
      );
      expect(parsed).toMatchObject({ form: 'message', status: 401, ignored: [], headers: [] });
      expect(parsed.body).toBeUndefined();
    });

    it('reads the body that follows the message', () => {
      const parsed = parseResponse(
        'Client error: `POST https://x` resulted in a `422 Unprocessable Entity` response:\n{"status":422,"title":"Invalid"}',
      );
      expect(parsed).toMatchObject({ status: 422, json: { status: 422, title: 'Invalid' } });
    });

    it('leaves headers, bodies and numbers that are not a status alone', () => {
      expect(parseResponse('Status: 429\nX-Retry-After: 15')).toMatchObject({ form: 'headers', status: 429 });
      expect(parseResponse('X-Status: 200').headers).toEqual([{ name: 'X-Status', value: '200' }]);
      expect(parseResponse('{"detail":"status code 500"}').form).toBe('body');
      expect(parseResponse('Error: Request failed with status code 999').status).toBeUndefined();
    });

    it('reads hostile lines without runaway work (the test timeout catches it)', () => {
      expect(parseResponse('GET ' + 'a'.repeat(100_000)).status).toBeUndefined();
      expect(parseResponse('415 Client Error: ' + 'a '.repeat(50_000)).status).toBe(415);
      expect(parseResponse('status '.repeat(20_000)).status).toBeUndefined();
      const traceback =
        'Traceback (most recent call last):\n' + '  File "a.py", status Error: HTTP x\n'.repeat(100_000);
      expect(parseResponse(traceback).status).toBeUndefined();
    });
  });
});

// Timed by how the time grows, not against a clock: the limit only stops a runaway test on a busy
// machine.
describe('parseResponse: time linear in the paste', { timeout: 60_000 }, () => {
  // Shapes that cost quadratic time in a parser whose adjacent quantifiers or joins overlap.
  const spaces = (n: number) => 'status' + ' '.repeat(n) + 'x';
  const curlOptions = (n: number) => 'curl -' + 'i'.repeat(n) + '!';
  const folded = (n: number) => 'HTTP/1.1 200 OK\nX-A: b\n' + ' c\n'.repeat(n);

  // The growth is measured first, on sizes where quadratic work still ends in seconds.
  it('reads a run of spaces after "status" that ends in no code', () => {
    expect(timeGrowth(parseResponse, spaces, 2_000)).toBeLessThan(LINEAR_GROWTH);
    expect(parseResponse(spaces(200_000)).status).toBeUndefined();
  });

  it('reads a cURL option of 80,000 letters that is no option', () => {
    expect(timeGrowth(parseResponse, curlOptions, 1_000)).toBeLessThan(LINEAR_GROWTH);
    expect(parseResponse(curlOptions(80_000)).form).toBe('empty');
    const withUrl = parseResponse(`${curlOptions(80_000)} https://api.example.com/v3/x`);
    expect(withUrl.curl).toEqual({ printsHeaders: false });
  });

  it('joins 160,000 folded continuation lines into one value', () => {
    // From 20,000 lines, past where the caches and the young generation make small runs look cheap.
    expect(timeGrowth(parseResponse, folded, 20_000)).toBeLessThan(LINEAR_GROWTH);
    const parsed = parseResponse(folded(160_000));
    expect(parsed.headers).toHaveLength(1);
    expect(parsed.headers[0]!.value).toBe('b' + ' c'.repeat(160_000));
  });

  it('reads headers, a traceback and plain text in time linear in their length', () => {
    const shapes = [
      (n: number) => 'HTTP/1.1 200 OK\n' + 'X-A: b\n'.repeat(n),
      (n: number) =>
        'Traceback (most recent call last):\n' + '  File "a.py", status Error: HTTP x\n'.repeat(n),
      (n: number) => `HTTP/1.1 429 Too Many Requests\n\n${'x'.repeat(n * 10)}`,
    ];
    for (const make of shapes) expect(timeGrowth(parseResponse, make, 2_000)).toBeLessThan(LINEAR_GROWTH);
  });

  it('reads only the first MAX_INPUT_LENGTH characters, ending at a line break, and says so', () => {
    const text = 'HTTP/1.1 200 OK\n' + 'X-A: b\n'.repeat(700_000);
    const parsed = parseResponse(text);
    expect(parsed.status).toBe(200);
    expect(parsed.cut?.length).toBe(text.length);
    expect(parsed.cut!.read).toBeLessThanOrEqual(MAX_INPUT_LENGTH);
    expect(text[parsed.cut!.read]).toBe('\n');
    expect(parsed.headers).toHaveLength(
      (parsed.cut!.read - 'HTTP/1.1 200 OK\n'.length + 1) / 'X-A: b\n'.length,
    );
    expect(parseResponse('x'.repeat(MAX_INPUT_LENGTH)).cut).toBeUndefined();
    expect(parseResponse('x'.repeat(MAX_INPUT_LENGTH + 1)).cut).toEqual({
      read: MAX_INPUT_LENGTH,
      length: MAX_INPUT_LENGTH + 1,
    });
  });
});
