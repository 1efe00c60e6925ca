import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHttpMessage, PLACEHOLDER, sendableRequest } from './http-message';
import { placeholderValue, requestSnippets } from './snippets';

const BASE = 'https://api.bigcommerce.com/stores/{{store_hash}}/v3/';

/** Requests as the content writes them (a code page's, a guide's, the GraphQL message page's). */
const EXAMPLES = {
  'a GET with the token': [
    'GET /stores/{{store_hash}}/v3/catalog/products HTTP/1.1',
    'Host: api.bigcommerce.com',
    'X-Auth-Token: {{access_token}}',
  ].join('\n'),
  'a PUT with a JSON body': [
    'PUT /stores/{{store_hash}}/v3/catalog/products/5 HTTP/1.1',
    'Host: api.bigcommerce.com',
    'X-Auth-Token: {{access_token}}',
    'Accept: application/json',
    'Content-Type: application/json',
    '',
    '{',
    '  "description": "A portable MP3 music player."',
    '}',
  ].join('\n'),
  'a POST with a bearer token in a sentence': [
    'POST /graphql HTTP/1.1',
    'Host: your-store.example',
    'Authorization: Bearer {{expired_token}}',
    'Content-Type: application/json',
    '',
    '{"query": "query { site { settings { storeName } } }"}',
  ].join('\n'),
  'a filtered list on the base URL, with a space to encode':
    'GET /v3/catalog/products?name=My Product&categories:in=123,456 HTTP/1.1',
};

const snippetsOf = (text: string) => requestSnippets(sendableRequest(parseHttpMessage(text), [BASE])!);
/** What a placeholder arrives as: the value of the constant the code declares. */
const filled = (text: string) => text.replace(PLACEHOLDER, (_, name: string) => placeholderValue(name));

describe('requestSnippets: placeholders in each language', () => {
  const s = snippetsOf(EXAMPLES['a POST with a bearer token in a sentence']);
  const get = snippetsOf(EXAMPLES['a GET with the token']);

  test('shell reads environment variables, in double quotes', () => {
    expect(s.curl).toContain('--header "Authorization: Bearer $EXPIRED_TOKEN"');
    expect(get.curl).toContain('--url "https://api.bigcommerce.com/stores/$STORE_HASH/v3/catalog/products"');
    expect(get.curl).not.toContain('{{');
  });

  test('code declares a constant once and interpolates it where a string held the placeholder', () => {
    expect(get.javascript).toMatch(
      /^const STORE_HASH = 'your_store_hash';\nconst ACCESS_TOKEN = 'your_access_token';\n\n/,
    );
    expect(get.javascript).toContain("'X-Auth-Token': ACCESS_TOKEN");
    expect(get.javascript).toContain(
      'fetch(`https://api.bigcommerce.com/stores/${STORE_HASH}/v3/catalog/products`',
    );
    expect(s.javascript).toContain('Authorization: `Bearer ${EXPIRED_TOKEN}`');
    expect(s.python).toContain('import requests\n\nEXPIRED_TOKEN = "your_expired_token"\n');
    expect(s.python).toContain('"Authorization": f"Bearer {EXPIRED_TOKEN}"');
    expect(get.php).toContain("<?php\n\nconst STORE_HASH = 'your_store_hash';");
    expect(get.php).toContain('"https://api.bigcommerce.com/stores/" . STORE_HASH . "/v3/catalog/products"');
    expect(get.go).toContain(
      'const (\n\tstoreHash = "your_store_hash"\n\taccessToken = "your_access_token"\n)\n\nfunc main() {',
    );
    expect(get.go).toContain('req.Header.Add("X-Auth-Token", accessToken)');
    expect(s.ruby).toContain(`EXPIRED_TOKEN = 'your_expired_token'`);
    expect(s.ruby).toContain('request["Authorization"] = "Bearer #{EXPIRED_TOKEN}"');
    expect(get.ruby).toContain('URI("https://api.bigcommerce.com/stores/#{STORE_HASH}/v3/catalog/products")');
    for (const code of [...Object.values(s), ...Object.values(get)]) expect(code).not.toMatch(/ZqZ|\{\{/);
  });

  test('keeps the query as the example writes it, encoding only what must be', () => {
    const list = snippetsOf(EXAMPLES['a filtered list on the base URL, with a space to encode']);
    for (const code of Object.values(list))
      expect(code).toContain('/v3/catalog/products?name=My%20Product&categories:in=123,456');
  });
});

describe('requestSnippets: the JavaScript runs', () => {
  interface Arrival {
    method: string | undefined;
    url: string | undefined;
    headers: IncomingHttpHeaders;
    body: string;
  }
  let arrived: (arrival: Arrival) => void = () => {};
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      arrived({ method: request.method, url: request.url, headers: request.headers, body });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data": []}');
    });
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Runs the generated code with a fetch that sends its request to the test server instead. */
  async function run(code: string): Promise<Arrival> {
    const arrival = new Promise<Arrival>((resolve) => (arrived = resolve));
    const localFetch = (url: string, options: RequestInit) =>
      fetch(url.replace(/^https?:\/\/[^/]+/, origin), options);
    const quiet = { log: () => {}, error: () => {} };
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction('fetch', 'console', code)(localFetch, quiet);
    return arrival;
  }

  test.each(Object.entries(EXAMPLES))('%s arrives as the HTTP example says', async (_, text) => {
    const example = parseHttpMessage(filled(text));
    const request = sendableRequest(parseHttpMessage(text), [BASE])!;
    const arrival = await run(requestSnippets(request).javascript);

    expect(arrival.method).toBe(request.method);
    expect(arrival.url).toBe(filled(request.url).replace(/^https?:\/\/[^/]+/, ''));
    for (const header of example.headers.filter((h) => h.name !== 'Host'))
      expect(arrival.headers[header.name.toLowerCase()], header.name).toBe(header.value);
    if (example.body === undefined) expect(arrival.body).toBe('');
    else expect(JSON.parse(arrival.body)).toEqual(JSON.parse(example.body));
  });
});
