import { describe, expect, test } from 'vitest';
import {
  formatHttpMessage,
  looksLikeHttpMessage,
  parseHttpMessage,
  requestUrl,
  safeUrl,
  sendableRequest,
} from './http-message';

const BASE = 'https://api.bigcommerce.com/stores/{{store_hash}}/v3/';

describe('parseHttpMessage', () => {
  test('reads a request: its line, headers and a JSON body laid out', () => {
    const message = parseHttpMessage(
      'POST /graphql HTTP/1.1\nHost: your-store.example\nContent-Type: application/json\n\n{"query": "{ site }"}',
    );
    expect(message).toEqual({
      kind: 'request',
      startLine: 'POST /graphql HTTP/1.1',
      headers: [
        { name: 'Host', value: 'your-store.example' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      body: '{\n  "query": "{ site }"\n}',
    });
    expect(formatHttpMessage(message)).toBe(
      'POST /graphql HTTP/1.1\nHost: your-store.example\nContent-Type: application/json\n\n{\n  "query": "{ site }"\n}',
    );
  });

  test('reads a response, and a body that looks like JSON without saying so', () => {
    const message = parseHttpMessage('HTTP/1.1 415 Unsupported Media Type\n\n{"a": [1]}');
    expect(message.kind).toBe('response');
    expect(message.body).toBe('{\n  "a": [\n    1\n  ]\n}');
  });

  test('keeps a body that is not JSON as written', () => {
    expect(parseHttpMessage('HTTP/1.1 200 OK\nContent-Type: text/plain\n\nplain text').body).toBe(
      'plain text',
    );
  });

  test('says what is wrong: a JSON body that does not parse, a second request, a broken header', () => {
    expect(() => parseHttpMessage('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"a": }')).toThrow(
      /^the JSON body does not parse: /,
    );
    expect(() => parseHttpMessage('GET /a HTTP/1.1\nGET /b HTTP/1.1')).toThrow(
      'line 2: a second request; give each request a block of its own',
    );
    expect(() => parseHttpMessage('GET /a HTTP/1.1\nno colon here')).toThrow('line 2: not a header');
    expect(() => parseHttpMessage('hello')).toThrow('line 1: not a request line');
  });

  test('looksLikeHttpMessage: request and status lines only', () => {
    expect(looksLikeHttpMessage('GET /v3/catalog/products?name=My Product HTTP/1.1')).toBe(true);
    expect(looksLikeHttpMessage('HTTP/2 429')).toBe(true);
    expect(looksLikeHttpMessage('delay = 15000 / 35')).toBe(false);
  });
});

describe('requestUrl', () => {
  test('takes an absolute target as it is, and an origin-form one on its Host (https)', () => {
    expect(requestUrl('http://api.example/a', 'other.example', [BASE])).toBe('http://api.example/a');
    expect(requestUrl('/graphql', 'your-store.example', [BASE])).toBe('https://your-store.example/graphql');
  });

  test('without a host, joins the target to the base URL whose path ends where it begins', () => {
    expect(requestUrl('/v3/catalog/products?price:min=10', undefined, [BASE])).toBe(
      'https://api.bigcommerce.com/stores/{{store_hash}}/v3/catalog/products?price:min=10',
    );
    expect(requestUrl('/stores/{{store_hash}}/v3/catalog/products', undefined, [BASE])).toBe(
      'https://api.bigcommerce.com/stores/{{store_hash}}/v3/catalog/products',
    );
    expect(requestUrl('/v2/orders', undefined, [BASE])).toBeUndefined();
    expect(requestUrl('/v3/orders', undefined, [])).toBeUndefined();
  });
});

describe('safeUrl', () => {
  test('encodes what no string literal may hold bare, keeping placeholders and URL syntax', () => {
    expect(safeUrl("https://a.example/{{store_hash}}/p?name=My Product&q='$x'&in=1,2&f:min=3")).toBe(
      'https://a.example/{{store_hash}}/p?name=My%20Product&q=%27%24x%27&in=1,2&f:min=3',
    );
  });
});

describe('sendableRequest', () => {
  test('drops the headers a client sets itself, and needs a host', () => {
    const message = parseHttpMessage('GET /a HTTP/1.1\nHost: h.example\nAccept: application/json');
    expect(sendableRequest(message, [])).toEqual({
      method: 'GET',
      url: 'https://h.example/a',
      headers: [{ name: 'Accept', value: 'application/json' }],
      body: undefined,
    });
    expect(sendableRequest(parseHttpMessage('GET /a HTTP/1.1'), [])).toBeUndefined();
    expect(sendableRequest(parseHttpMessage('HTTP/1.1 200 OK'), [BASE])).toBeUndefined();
  });
});
