import { describe, expect, test } from 'vitest';
import { vocabulary } from './test-fixtures/vocabulary';
import {
  filterOperator,
  headerLine,
  operatorInWords,
  parseCodeQuery,
  readQuery,
  withIndexFacts,
  withinFilters,
} from './reading';

const read = (query: string) => readQuery(query, vocabulary);
const exactUrls = (query: string) => read(query).exact.map((e) => e.url);

describe('parseCodeQuery', () => {
  test.each([
    ['429', 429],
    [' 429 ', 429],
    ['HTTP 429', 429],
    ['http/1.1 429', 429],
    ['error 429', 429],
    ['Status: 415', 415],
    ['429 too many', 429],
    ['429.', 429],
    // An HTTP client's error message, pasted whole (lib/http/client-message.ts).
    ['AxiosError: Request failed with status code 401', 401],
    ['Failed to load resource: the server responded with a status of 429 ()', 429],
    ['requests.exceptions.HTTPError: 415 Client Error: Unsupported Media Type for url: https://x', 415],
    ['org.springframework.web.client.HttpClientErrorException$TooManyRequests: 429 Too Many Requests', 429],
    ["httpx.HTTPStatusError: Client error '415 Unsupported Media Type' for url 'https://x'", 415],
    // An error body pasted whole.
    ['{"status":422,"title":"Validation failed","errors":{"name":"required"}}', 422],
    ['{ "status": "404", "title": "Not found" }', 404],
  ])('reads %j as %i', (q, code) => {
    expect(parseCodeQuery(q)).toBe(code);
  });
  test.each(['42', '4290', '600', '099', 'page 2 of 429', 'x429', 'rate limit', '', '<script>429'])(
    'finds no code in %j',
    (q) => {
      expect(parseCodeQuery(q)).toBeUndefined();
    },
  );
});

describe('readQuery: codes', () => {
  test('answers a code with every API that lists it, in API order, current before legacy', () => {
    expect(exactUrls('HTTP 401')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(exactUrls('302')).toEqual(['/rest/302/']);
  });

  test('puts the API the query names first, before or after the code', () => {
    expect(exactUrls('401 graphql')).toEqual(['/graphql/401/', '/rest/401/']);
    expect(exactUrls('GraphQL API 401')).toEqual(['/graphql/401/', '/rest/401/']);
    expect(exactUrls('rest 401')).toEqual(['/rest/401/', '/graphql/401/']);
  });

  test("reads a code after the question's words, and only after those or an API's name", () => {
    expect(exactUrls('what does 404 mean')).toEqual(['/rest/404/']);
    expect(exactUrls('why am I getting 401 from graphql')).toEqual(['/graphql/401/', '/rest/401/']);
    expect(read('rate limit 401').codes).toEqual([]);
  });

  test('reads a whole label, standard or former phrase or other name as its code', () => {
    expect(exactUrls('unauthorized')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(exactUrls('Not found.')).toEqual(['/rest/404/']);
    expect(exactUrls('does not exist')).toEqual(['/rest/404/']);
    expect(exactUrls('bandwidth limit exceeded')).toEqual(['/rest/509/']);
    expect(exactUrls('Payload too large')).toEqual(['/rest/413/']);
    expect(exactUrls('request too big!')).toEqual(['/rest/413/']);
    expect(exactUrls('too big')).toEqual([]);
  });

  test("reads a name inside the question's words, with filler words, or ending a short message", () => {
    expect(exactUrls('why am I getting not found')).toEqual(['/rest/404/']);
    expect(exactUrls('what does payload too large mean')).toEqual(['/rest/413/']);
    expect(exactUrls('how to fix request too big error')).toEqual(['/rest/413/']);
    expect(exactUrls('graphql unauthorized')).toEqual(['/graphql/401/', '/rest/401/']);
    expect(exactUrls('product not found')).toEqual(['/rest/404/']);
    expect(exactUrls('the requested resource was not found')).toEqual(['/rest/404/']);
    for (const q of ['not found page', 'request is unauthorized', 'shiny new red product not found'])
      expect(exactUrls(q), q).toEqual([]);
    for (const q of ['what does it mean', 'found it', 'rate limit', 'not', ''])
      expect(exactUrls(q), q).toEqual([]);
  });

  test("reads a status's name in code as its code, pasted", () => {
    expect(read('Net::HTTPNotFound')).toMatchObject({ codes: [404], pasted: true, terms: ['404'] });
    expect(exactUrls('HTTPStatus.REQUEST_ENTITY_TOO_LARGE')).toEqual(['/rest/413/']);
    expect(exactUrls('Faraday::UnauthorizedError')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(exactUrls('Net::HTTPClientError')).toEqual([]);
  });

  test('reads a status line inside other text as its code, and asks the index for the code alone', () => {
    expect(read('The request could not be completed: 422 Unprocessable Entity')).toMatchObject({
      codes: [422],
      pasted: true,
      terms: ['422'],
    });
    expect(read('HTTP/1.1 429 Too Many Requests')).toMatchObject({ codes: [429], pasted: true });
    // A number introduced as a status.
    expect(read('upload failed with 413').codes).toEqual([413]);
    expect(read('got a 401 back').codes).toEqual([401]);
    // A number with other words is no status: neither its name nor a word that introduces one.
    expect(read('page 2 of 429').codes).toEqual([]);
    expect(read('limit 250 products').codes).toEqual([]);
  });

  test('keeps the words typed with a code for the index, and asks for only the code of a paste', () => {
    expect(read('415 unsupported').terms).toEqual(['415', 'unsupported']);
    expect(read('AxiosError: Request failed with status code 415').terms).toEqual(['415']);
    expect(read('{"status":422,"title":"Validation failed"}').terms).toEqual(['422']);
  });

  test('reads a misspelt name as the code, and says how it read it', () => {
    expect(read('too many reqests')).toMatchObject({
      codes: [429],
      corrected: 'too many requests',
      terms: ['too', 'many', 'requests'],
    });
    expect(read('unauthroized').codes).toEqual([401]);
    expect(read('Unprocessable entitiy').codes).toEqual([422]);
    // Short words and words the vocabulary knows are not misspellings.
    expect(read('not fnd').codes).toEqual([]);
    expect(read('rate limit').codes).toEqual([]);
  });

  test('notes a code whose whole name stands among other words, without answering it', () => {
    const reading = read('conflict duplicate sku');
    expect(reading.exact).toEqual([]);
    expect(reading.mentions.codes).toEqual([409]);
    expect(reading.terms).toEqual(['conflict', 'duplicate', 'sku']);
  });

  test('notes the longest name where names overlap: "not found" is 404, not 302 Found', () => {
    expect(read('not found requests').mentions.codes).toEqual([404]);
    expect(read('found it requests').mentions.codes).toEqual([302]);
  });

  test('notes a listed code named by number among other words, unless another number stands there', () => {
    expect(read('curl 429').mentions.codes).toEqual([429]);
    expect(read('curl 429').exact).toEqual([]);
    expect(read('page 2 of 429').mentions.codes).toEqual([]);
    // 300 is a status, but no API lists it: a count, not a code.
    expect(read('limit 300').mentions.codes).toEqual([]);
  });
});

describe('readQuery: messages', () => {
  test('answers three or more words of a message in a row, whatever the case and punctuation', () => {
    expect(exactUrls('GraphQL credentials were missing')).toEqual(['/graphql/errors/token-missing/']);
    expect(exactUrls('jwt is EXPIRED.')).toEqual(['/graphql/errors/jwt-expired/']);
    expect(exactUrls("channel id doesn't")).toEqual(['/graphql/errors/channel/']);
  });

  test('answers a paste that holds a whole message, and asks the index for its words only', () => {
    const reading = read('{"errors":[{"message":"JWT is expired"}]}');
    expect(reading.exact.map((e) => e.url)).toEqual(['/graphql/errors/jwt-expired/']);
    expect(reading.terms).toEqual(['jwt', 'is', 'expired']);
  });

  test('lists every message that shares the quoted words, shortest first, then a code named', () => {
    expect(exactUrls('graphql invalid credentials')).toEqual([
      '/graphql/errors/jwt-expired/',
      '/graphql/errors/channel/',
    ]);
    expect(exactUrls('{"status":401,"errors":[{"message":"JWT is expired"}]}')).toEqual([
      '/graphql/errors/jwt-expired/',
      '/rest/401/',
      '/graphql/401/',
    ]);
  });

  test('answers nothing for fewer than three words or words out of order', () => {
    for (const q of ['jwt', 'jwt token', 'expired JWT is']) expect(exactUrls(q), q).toEqual([]);
  });

  test('obeys the filter chips, as a page of its API, kind and class', () => {
    const found = read('JWT is expired').exact;
    expect(withinFilters(found, { kind: 'Error message', api: 'GraphQL', class: '4xx' })).toEqual(found);
    expect(withinFilters(found, { kind: 'Code' })).toEqual([]);
    const codes = read('unauthorized').exact;
    expect(withinFilters(codes, { api: 'GraphQL' }).map((e) => e.url)).toEqual(['/graphql/401/']);
    expect(withinFilters(codes, { class: '5xx' })).toEqual([]);
  });
});

describe('readQuery: operators and list parameters', () => {
  test('reads the operator of a filter expression typed or pasted alone', () => {
    for (const [query, operator] of [
      ['id:in', 'in'],
      ['date_modified:min=2024-01-01', 'min'],
      ['?sku:like=abc%', 'like'],
      ['&categories:not_in=1,2', 'not_in'],
      [' :IN ', 'in'],
      ['variants.price:max', 'max'],
    ])
      expect(filterOperator(query!)).toBe(operator);
    for (const query of ['Content-Type: text/plain', 'X-Retry-After:15', 'https://api.example.com/v3'])
      expect(filterOperator(query)).toBeUndefined();
    for (const query of ['Net::HTTPTooManyRequests', 'status:429', 'id:in and more', 'price=10'])
      expect(filterOperator(query)).toBeUndefined();
  });

  test("points an operator at its rows, and opens the guide at the operator's row", () => {
    expect(read('id:in').focus).toEqual({
      filter: 'operator',
      value: 'in',
      words: 'in',
      anchor: 'operator-in',
    });
    expect(read('not in').focus).toMatchObject({ value: 'not_in', words: 'not in' });
    expect(read('NOT IN operator').focus?.value).toBe('not_in');
    expect(read('sql like').focus?.value).toBe('like');
    expect(read('greater than').focus?.value).toBe('greater');
  });

  test('reads no operator from a lone word, or from words that name none the site documents', () => {
    for (const query of ['in', 'like', 'rate limit', 'filter array', 'price filter', 'not found'])
      expect(read(query).focus, query).toBeUndefined();
    expect(operatorInWords('the in operator of sql')).toBeUndefined();
    expect(operatorInWords('rate limit')).toBe('rate_limit');
  });

  test('points a list parameter with its value, or the first of a list URL, at the guides that mark it', () => {
    expect(read('limit=250').focus).toEqual({ filter: 'parameter', value: 'limit', words: 'limit' });
    expect(read('?include_fields=name,price').focus?.value).toBe('include_fields');
    expect(read('include_fields').focus?.value).toBe('include_fields');
    const url = 'https://api.example.com/stores/abc/v3/catalog/products?limit=500&page=2';
    expect(read(`GET ${url}`).focus?.value).toBe('limit');
    expect(read(`curl "${url}"`).focus?.value).toBe('limit');
    expect(read('page=2&limit=50').focus?.value).toBe('page');
    expect(read('/v3/catalog/products?price:min=10&limit=5').focus?.anchor).toBe('operator-min');
    for (const query of ['what is this?', 'GET /v3/catalog/products?', 'limit', 'limit = 250', '429'])
      expect(read(query).focus, query).toBeUndefined();
  });
});

describe('readQuery: headers', () => {
  test('reads a header line into its name and value', () => {
    expect(headerLine('X-Auth-Client: abc123')).toEqual({ name: 'X-Auth-Client', value: 'abc123' });
    expect(headerLine(' Authorization:Bearer a.b.c ')).toEqual({
      name: 'Authorization',
      value: 'Bearer a.b.c',
    });
    for (const query of [
      'X-Auth-Client:',
      ': abc',
      'page 2: 15',
      '2xx: success',
      'date_modified:min=2024-01-01',
    ])
      expect(headerLine(query), query).toBeUndefined();
  });

  test("reads a line with a count as about the header, and asks for the header's name alone", () => {
    expect(read('X-Retry-After: 15')).toMatchObject({
      header: { name: 'X-Retry-After', value: '15', filter: 'x-retry-after', subject: true },
      terms: ['X-Retry-After'],
    });
    // A name that ends a header's name stands for it: the standard header the vendor's one copies.
    expect(read('Retry-After: 120').header).toMatchObject({ filter: 'x-retry-after', subject: true });
  });

  test('reads a line with a value that pages explain as about the value', () => {
    expect(read('Content-Type: application/xml')).toMatchObject({
      header: { filter: 'content-type', subject: false },
      terms: ['Content-Type', 'application/xml'],
    });
    // An unknown name that is no header's, not written as one, is no header line.
    expect(read('Note: see above').header).toBeUndefined();
  });

  test('reads a header named with the word header, typed whole with its hyphens, or in a question', () => {
    for (const [query, filter] of [
      ['accept header', 'accept'],
      ['header content type', 'content-type'],
      ['X-Auth-Token', 'x-auth-token'],
      ['what is x-retry-after?', 'x-retry-after'],
      ['requests-left', 'x-rate-limit-requests-left'],
      ['x-rate-limit-request-left', 'x-rate-limit-requests-left'],
      ['content type', 'content-type'],
    ])
      expect(read(query!).header, query).toMatchObject({ filter, subject: true });
    for (const query of ['accept', 'retry after me', 'media types header', 'headers', 'UTF-8'])
      expect(read(query).header, query).toBeUndefined();
  });

  test("reads a misspelt header name as the header's, and asks for it spelt right", () => {
    expect(read('conent-type')).toMatchObject({
      header: { filter: 'content-type' },
      terms: ['content-type'],
      corrected: 'content-type',
    });
  });

  test('notes a header a question names among other words, and not one a statement names', () => {
    expect(read('how do I send the auth token').mentions.headers).toEqual(['x-auth-token']);
    expect(read('wrong content type').mentions.headers).toEqual([]);
  });
});

describe('readQuery: subjects, lists and questions', () => {
  test("reads a guide's subject named whole, in the singular or plural, in a question, or misspelt", () => {
    expect(read('retries').topic).toBe('retry');
    expect(read('Media types').topic).toBe('media type');
    expect(read('how does pagination work').topic).toBe('pagination');
    expect(read('paginaton')).toMatchObject({ topic: 'pagination', corrected: 'pagination' });
    expect(read('rate limt')).toMatchObject({ topic: 'rate limit', terms: ['rate', 'limit'] });
    for (const query of ['retry after', 'rate limit exceeded', 'page'])
      expect(read(query).topic, query).toBeUndefined();
  });

  test('reads generic words about status codes as a request for the lists, an API named for its own', () => {
    for (const query of ['error codes', 'HTTP status codes', 'http status', 'status code', 'list of errors'])
      expect(read(query).codeList, query).toEqual({ apis: [] });
    for (const query of [
      'response codes',
      'API errors',
      'all errors',
      'errors',
      'codes',
      '4xx errors',
      '5xx',
    ])
      expect(read(query).codeList, query).toEqual({ apis: [] });
    expect(read('REST error codes').codeList).toEqual({ apis: ['REST'] });
    expect(read('graphql storefront errors').codeList).toEqual({ apis: ['GraphQL'] });
    for (const query of [
      'error',
      'status',
      'http',
      'error 429',
      'rate limit errors',
      'error message',
      'rest',
    ])
      expect(read(query).codeList, query).toBeUndefined();
  });

  test("asks the index for a question's subject, without the words that phrase it", () => {
    expect(read('what is the default page size')).toMatchObject({
      question: true,
      terms: ['default', 'page', 'size'],
    });
    expect(read('How do I paginate?').terms).toEqual(['paginate']);
    // A question of its own words alone is asked whole; other queries keep every word.
    expect(read('what is it').terms).toEqual(['what', 'is', 'it']);
    expect(read('handling throttling').terms).toEqual(['handling', 'throttling']);
  });

  test('names the APIs a query names', () => {
    expect(read('graphql or rest').apis).toEqual(['rest', 'graphql']);
    expect(read('Storefront token').apis).toEqual(['graphql']);
  });

  test("splits a paste's words apart and leaves out its punctuation and a body's keys", () => {
    expect(read('charset=utf-8').terms).toEqual(['charset', 'utf-8']);
    expect(read('{"error": "invalid_scope", "hint": "x-auth-token"}').terms).toEqual([
      'invalid_scope',
      'x-auth-token',
    ]);
  });
});

describe('withIndexFacts', () => {
  test('leaves out the terms no page holds, and names them', () => {
    expect(withIndexFacts(read('webhook retry'), { unknown: ['webhook'] }, vocabulary)).toMatchObject({
      terms: ['retry'],
      unknown: ['webhook'],
      text: 'webhook retry',
    });
  });

  test('asks nothing when only words that phrase a sentence are left', () => {
    expect(withIndexFacts(read("I'm a teapot"), { unknown: ['teapot'] }, vocabulary)).toMatchObject({
      terms: [],
      unknown: ['teapot'],
    });
  });

  test('reads a misspelling of a word the vocabulary knows as that word, and the query again', () => {
    const reading = withIndexFacts(read('jwt expried'), { unknown: ['expried'] }, vocabulary);
    expect(reading).toMatchObject({ terms: ['jwt', 'expired'], unknown: [], corrected: 'jwt expired' });
  });

  test('reads a header line whose own value no page holds as about the header', () => {
    const reading = withIndexFacts(
      read('Authorization: Bearer eyJ.x.y'),
      { unknown: ['eyJ.x.y'] },
      vocabulary,
    );
    expect(reading).toMatchObject({
      header: { filter: 'authorization', subject: true },
      terms: ['Authorization', 'Bearer'],
    });
  });

  test('keeps how many pages hold each term', () => {
    const pages = { handling: 7, throttling: 1 };
    expect(withIndexFacts(read('handling throttling'), { unknown: [], pages }, vocabulary).pages).toEqual(
      pages,
    );
  });
});
