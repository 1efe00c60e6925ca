import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptSegments, markedSegments, withoutLeadingTitle } from './excerpt';
import {
  groupResults,
  guidesFirst,
  headerAskedFor,
  lesserCodesLast,
  mayMoveDown,
  namedHeaderFirst,
  numberPagesAfterTheirCodes,
  orderResults,
  topicGuideFirst,
  withHighlight,
  type ResultGroup,
} from './group';
import { operatorAttribute, searchAttributes } from './markup';
import {
  apisNamed,
  asksForCodeList,
  codeListsFirst,
  exactCodeMatches,
  exactMessageMatches,
  filterOperator,
  isQuestionWord,
  questionSubject,
  highlightTerms,
  headerLine,
  indexQuery,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  operatorInWords,
  parseCodeQuery,
  queryFocus,
  withinFilters,
  wordsToLeaveOut,
  type CodeEntry,
  type MessageEntry,
} from './query';
import { readSearchState, unknownFilters, writeSearchState } from './state';
import { statusText, unknownFilterText } from './status';
import { matchedWords, onlyGuesses, unmatchedTerms } from './unmatched';
import { topicKey } from '~/lib/text/words';

/** The pages of results, in order. */
const urls = (groups: { url: string }[]) => groups.map((g) => g.url);

/** A result for the ordering rules: a page, with what a test says of it. */
const resultGroup = (url: string, facts: Partial<ResultGroup> = {}): ResultGroup => ({
  url,
  title: url,
  excerpt: '',
  kind: undefined,
  api: undefined,
  code: undefined,
  sections: [],
  ...facts,
});

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
    // An HTTP client's error message, pasted whole (lib/client-message.ts).
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

describe('exactCodeMatches', () => {
  const entry = (
    api: string,
    code: number,
    label: string,
    standardPhrase: string | null,
    legacy = false,
  ) => ({
    api,
    apiName:
      api === 'rest' ? 'REST Management API' : api === 'graphql' ? 'GraphQL Storefront API' : 'Old API',
    apiShortName: api === 'rest' ? 'REST' : api === 'graphql' ? 'GraphQL' : 'Old',
    code,
    class: `${String(code)[0]}xx`,
    label,
    standardPhrase,
    formerPhrases: code === 413 ? ['Payload Too Large', 'Request Entity Too Large'] : [],
    alsoCalled: code === 413 ? ['request too big'] : [],
    summary: `What ${code} means.`,
    url: `/${api}/${code}/`,
    legacy,
  });
  const entries: CodeEntry[] = [
    entry('rest', 401, 'Unauthorized', 'Unauthorized'),
    entry('graphql', 401, 'Unauthorized', 'Unauthorized'),
    entry('old', 302, 'Found', 'Found', true),
    entry('rest', 302, 'Found', 'Found'),
    entry('rest', 404, 'Does Not Exist', 'Not Found'),
    entry('rest', 509, 'Bandwidth Limit Exceeded', null),
    entry('rest', 413, 'Request Entity Too Large', 'Content Too Large'),
  ];
  test('lists every API that uses the code, in API order', () => {
    expect(exactCodeMatches(entries, 'HTTP 401').map((e) => e.url)).toEqual(['/rest/401/', '/graphql/401/']);
  });
  test('puts current codes before legacy ones', () => {
    expect(exactCodeMatches(entries, '302').map((e) => e.url)).toEqual(['/rest/302/', '/old/302/']);
  });
  test('reads a whole label or standard phrase as its code, whatever the case and punctuation', () => {
    const urls = (q: string) => exactCodeMatches(entries, q).map((e) => e.url);
    expect(urls('unauthorized')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(urls('Not found.')).toEqual(['/rest/404/']);
    expect(urls('does not exist')).toEqual(['/rest/404/']);
    expect(urls('bandwidth limit exceeded')).toEqual(['/rest/509/']);
  });
  test('reads a phrase from an earlier specification as its code', () => {
    expect(exactCodeMatches(entries, 'Payload too large').map((e) => e.url)).toEqual(['/rest/413/']);
  });
  test('reads another name the content gives a code as its code, typed whole', () => {
    const urls = (q: string) => exactCodeMatches(entries, q).map((e) => e.url);
    expect(urls('Request too big')).toEqual(['/rest/413/']);
    expect(urls('request too big!')).toEqual(['/rest/413/']);
    expect(urls('too big')).toEqual([]);
  });
  test("reads a name inside the question's words, after an API's name or with filler words", () => {
    const urls = (q: string) => exactCodeMatches(entries, q).map((e) => e.url);
    expect(urls('why am I getting not found')).toEqual(['/rest/404/']);
    expect(urls('what does payload too large mean')).toEqual(['/rest/413/']);
    expect(urls('how to fix request too big error')).toEqual(['/rest/413/']);
    expect(urls('HTTP not found')).toEqual(['/rest/404/']);
    expect(urls('unauthorized error')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(urls('graphql unauthorized')).toEqual(['/graphql/401/', '/rest/401/']);
    // A name of two words or more that ends a short message.
    expect(urls('product not found')).toEqual(['/rest/404/']);
    expect(urls('the requested resource was not found')).toEqual(['/rest/404/']);
    // Other words after the name, a one-word name after others, four words before a name, or the
    // question alone, name no status.
    for (const q of ['not found page', 'request is unauthorized', 'shiny new red product not found'])
      expect(urls(q)).toEqual([]);
    for (const q of ['what does it mean', 'found it']) expect(urls(q)).toEqual([]);
  });
  test("reads a status's name in code as its code", () => {
    const urls = (q: string) => exactCodeMatches(entries, q).map((e) => e.url);
    expect(urls('Net::HTTPNotFound')).toEqual(['/rest/404/']);
    expect(urls('http.StatusUnauthorized')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(urls('HTTPStatus.REQUEST_ENTITY_TOO_LARGE')).toEqual(['/rest/413/']);
    expect(urls('Faraday::UnauthorizedError')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(urls('HttpStatusCode.Gone')).toEqual([]);
    expect(urls('Net::HTTPClientError')).toEqual([]);
  });
  test('keeps only the answers that the chosen filters allow', () => {
    const found = exactCodeMatches(entries, 'unauthorized');
    const urls = (filters: Parameters<typeof withinFilters>[1]) =>
      withinFilters(found, filters).map((e) => e.url);
    expect(urls({})).toEqual(['/rest/401/', '/graphql/401/']);
    expect(urls({ api: 'GraphQL' })).toEqual(['/graphql/401/']);
    expect(urls({ class: '4xx', kind: 'Code' })).toEqual(['/rest/401/', '/graphql/401/']);
    expect(urls({ class: '5xx' })).toEqual([]);
    expect(urls({ kind: 'Guide' })).toEqual([]);
  });
  test('returns nothing for other words, or for part of a phrase', () => {
    for (const q of ['rate limit', 'not', 'found it', 'unauthorised', ''])
      expect(exactCodeMatches(entries, q)).toEqual([]);
  });
  test('puts the API the query names first, whether before or after the code', () => {
    const urls = (q: string) => exactCodeMatches(entries, q).map((e) => e.url);
    expect(urls('401 graphql')).toEqual(['/graphql/401/', '/rest/401/']);
    expect(urls('GraphQL 401 JWT is expired')).toEqual(['/graphql/401/', '/rest/401/']);
    expect(urls('rest 401')).toEqual(['/rest/401/', '/graphql/401/']);
    expect(urls('GraphQL API 401')).toEqual(['/graphql/401/', '/rest/401/']);
    // Both named: current before legacy, as without names.
    expect(urls('old rest 302')).toEqual(['/rest/302/', '/old/302/']);
  });
  test("reads a code after the question's words as the code", () => {
    const urls = (q: string) => exactCodeMatches(entries, q).map((e) => e.url);
    expect(urls('what does 404 mean')).toEqual(['/rest/404/']);
    expect(urls('how to handle a 413')).toEqual(['/rest/413/']);
    expect(urls('why am I getting 401 from graphql')).toEqual(['/graphql/401/', '/rest/401/']);
  });
  test("reads only API names and the question's words before the code, not any words", () => {
    expect(exactCodeMatches(entries, 'page 2 of 401')).toEqual([]);
    expect(exactCodeMatches(entries, 'rate limit 401')).toEqual([]);
    expect(exactCodeMatches(entries, 'graphql')).toEqual([]);
  });
});

describe('normalizeQuery', () => {
  test('collapses white space and caps the length', () => {
    expect(normalizeQuery('  rate \n\t limit ')).toBe('rate limit');
    expect(normalizeQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('drops text direction controls, which match nothing', () => {
    expect(normalizeQuery('\u202Erate limit\u202C')).toBe('rate limit');
  });
});

describe('indexQuery', () => {
  test('spaces the parts of a header name and of an operator', () => {
    expect(indexQuery('Retry-After')).toBe('Retry After');
    expect(indexQuery('x-rate-limit-requests-left')).toBe('x rate limit requests left');
    expect(indexQuery('price:min')).toBe('price min');
  });

  test("asks for a question's subject alone, and only for a question", () => {
    expect(indexQuery('what is x-retry-after?')).toBe('x retry after');
    expect(indexQuery('How do I paginate')).toBe('paginate');
    expect(indexQuery('why am I getting a 429')).toBe('429');
    // A question of its own words alone stays whole; words that are not a question stay as typed.
    expect(indexQuery('what is it')).toBe('what is it');
    expect(indexQuery('handling throttling')).toBe('handling throttling');
    expect(indexQuery('GET a list')).toBe('GET a list');
  });

  test('reads a header line with a number for its value as the header name', () => {
    expect(indexQuery('X-Retry-After: 15')).toBe('X Retry After');
    expect(indexQuery('X-Rate-Limit-Requests-Left:0')).toBe('X Rate Limit Requests Left');
    expect(indexQuery('Content-Type: text/plain')).toBe('Content Type: text/plain');
    expect(indexQuery('page 2: 15')).toBe('page 2: 15');
  });

  test('reads a header line into its name and value', () => {
    expect(headerLine('X-Auth-Client: abc123')).toEqual({ name: 'X-Auth-Client', value: 'abc123' });
    expect(headerLine(' Authorization:Bearer a.b.c ')).toEqual({
      name: 'Authorization',
      value: 'Bearer a.b.c',
    });
    // Not a header line: no value, no name, a name with a space or one that starts with a digit.
    expect(headerLine('X-Auth-Client:')).toBeUndefined();
    expect(headerLine(': abc')).toBeUndefined();
    expect(headerLine('page 2: 15')).toBeUndefined();
    expect(headerLine('2xx: success')).toBeUndefined();
    expect(headerLine('date_modified:min=2024-01-01')).toBeUndefined();
  });

  test('keeps hyphens and colons that do not join two words, and everything else', () => {
    expect(indexQuery(':not_in')).toBe(':not_in');
    expect(indexQuery('X-Retry-After: soon')).toBe('X Retry After: soon');
    expect(indexQuery('page=2&limit=50 -v')).toBe('page=2&limit=50 -v');
    expect(indexQuery('application/json')).toBe('application/json');
    expect(indexQuery('UTF-8')).toBe('UTF-8');
    expect(indexQuery('since:2024-01-01')).toBe('since:2024-01-01');
  });
});

describe('filterOperator', () => {
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
  });

  test('reads no operator in header lines, URLs, names in code or longer text', () => {
    for (const query of [
      'Content-Type: text/plain',
      'X-Retry-After:15',
      'https://api.example.com/v3',
      'Net::HTTPTooManyRequests',
      'status:429',
      'id:in and more',
      'price=10',
    ])
      expect(filterOperator(query)).toBeUndefined();
  });
});

describe('queryFocus', () => {
  test('points an operator at its rows, and a single list parameter at the guides that mark it', () => {
    expect(queryFocus('id:in')).toEqual({
      filter: 'operator',
      value: 'in',
      words: 'in',
      anchor: 'operator-in',
    });
    expect(queryFocus('limit=250')).toEqual({ filter: 'parameter', value: 'limit', words: 'limit' });
    expect(queryFocus('?include_fields=name,price')).toEqual({
      filter: 'parameter',
      value: 'include_fields',
      words: 'include_fields',
    });
  });

  test('asks about the first parameter of a list URL pasted whole', () => {
    const url = 'https://api.example.com/stores/abc/v3/catalog/products?limit=500&page=2';
    expect(queryFocus(`GET ${url}`)?.value).toBe('limit');
    expect(queryFocus(url)?.value).toBe('limit');
    expect(queryFocus('/v3/catalog/products?price:min=10&limit=5')?.anchor).toBe('operator-min');
    for (const query of ['what is this?', 'GET /v3/catalog/products?', 'see /v3/x?limit=5 here'])
      expect(queryFocus(query)).toBeUndefined();
  });

  test('leaves other queries to the words they hold', () => {
    for (const query of ['page=2&limit=50', 'limit', 'limit = 250', 'X-Retry-After: 15', '429'])
      expect(queryFocus(query)).toBeUndefined();
  });

  const operators = new Set(['min', 'greater', 'like', 'in', 'not_in']);
  test('points an operator named in words at its rows, when the site documents it', () => {
    // "not in" found 404 Not Found first, and "sql in" the query builder above the guide.
    expect(queryFocus('not in', operators)).toEqual({
      filter: 'operator',
      value: 'not_in',
      words: 'not in',
      anchor: 'operator-not_in',
    });
    expect(queryFocus('NOT IN operator', operators)?.value).toBe('not_in');
    expect(queryFocus('sql in', operators)?.value).toBe('in');
    expect(queryFocus('like operator', operators)?.value).toBe('like');
    expect(queryFocus('greater than', operators)?.value).toBe('greater');
    expect(queryFocus('not in')).toBeUndefined();
  });

  test('reads no operator from a lone word, or from words no operator has', () => {
    for (const query of ['in', 'like', 'rate limit', 'filter array', 'price filter', 'not found'])
      expect(queryFocus(query, operators)).toBeUndefined();
    expect(operatorInWords('in')).toBeUndefined();
    expect(operatorInWords('sql')).toBeUndefined();
    expect(operatorInWords('the in operator of sql')).toBeUndefined();
    expect(operatorInWords('rate limit')).toBe('rate_limit');
  });
});

describe('asksForCodeList', () => {
  test('reads generic words about status codes as a request for the lists', () => {
    for (const query of [
      'error codes',
      'HTTP status codes',
      'http status',
      'status code',
      'list of errors',
      'response codes',
      'API errors',
      'all errors',
      'error code list',
      'errors',
      'codes',
    ])
      expect(asksForCodeList(query), query).toBe(true);
  });

  test('leaves a code, a topic, a singular word or other words to full-text search', () => {
    for (const query of [
      '',
      'error',
      'status',
      'http',
      'response',
      'error 429',
      'status: 429',
      'rate limit errors',
      'error message',
      'response structure',
      'the api',
    ])
      expect(asksForCodeList(query), query).toBe(false);
  });

  const apis = [
    { api: 'rest', apiName: 'REST Management API' },
    { api: 'graphql', apiName: 'GraphQL Storefront API' },
  ].map((names) => ({ ...names, code: 401 }) as CodeEntry);

  test("reads an API's name with those words as a request for its list", () => {
    expect(asksForCodeList('REST error codes', apis)).toBe(true);
    expect(asksForCodeList('graphql storefront errors', apis)).toBe(true);
    expect(asksForCodeList('REST error codes')).toBe(false);
    for (const query of ['rest', 'graphql api', 'graphql jwt errors'])
      expect(asksForCodeList(query, apis), query).toBe(false);
  });

  test('apisNamed names the APIs whose names a query has a word of, in their order', () => {
    expect(apisNamed(apis, 'Storefront error codes')).toEqual(['graphql']);
    expect(apisNamed(apis, 'graphql or rest')).toEqual(['rest', 'graphql']);
    expect(apisNamed(apis, 'error codes')).toEqual([]);
  });
});

describe('isQuestionWord', () => {
  test('tells the words that phrase a question from its subject', () => {
    for (const word of ['Why', 'is', 'my', 'how', 'to', 'getting', 'handle'])
      expect(isQuestionWord(word), word).toBe(true);
    for (const word of ['jwt', 'expired', 'throttling', '429', 'limit'])
      expect(isQuestionWord(word), word).toBe(false);
  });
});

describe('questionSubject', () => {
  test("keeps a question's subject, and only when the question has words of its own", () => {
    expect(questionSubject(['how', 'to', 'handle', 'rate', 'limits'])).toEqual(['rate', 'limits']);
    expect(questionSubject(['rate', 'limits'])).toBeUndefined();
    expect(questionSubject(['how', 'to'])).toBeUndefined();
  });
});

describe('wordsToLeaveOut', () => {
  test("leaves out the question's words first, then the commonest, never a word on no page", () => {
    const words = ['why', 'is', 'my', 'jwt', 'expired', 'zebra'];
    expect(wordsToLeaveOut(words, [2, 30, 1, 12, 20, 0])).toEqual(['is', 'why', 'my', 'expired', 'jwt']);
  });
});

describe('codeListsFirst', () => {
  const result = (id: string, words: number[] = [1]) => ({ id, words });
  test('leads with the lists in their order, each as the index ranked it if it did', () => {
    const ranked = [result('500'), result('api-b'), result('flow'), result('all')];
    const lists = [result('all', []), result('api-a', []), result('api-b', [])];
    expect(codeListsFirst(ranked, lists)).toEqual([
      result('all'),
      result('api-a', []),
      result('api-b'),
      result('500'),
      result('flow'),
    ]);
  });

  test('keeps the ranking when there are no lists', () => {
    const ranked = [result('a'), result('b')];
    expect(codeListsFirst(ranked, [])).toEqual(ranked);
  });
});

describe('highlightTerms', () => {
  test('keeps distinct words of two characters or more, at most five', () => {
    expect(highlightTerms('Rate limit a "rate" LIMIT headers x-retry-after one two three')).toEqual([
      'rate',
      'limit',
      'headers',
      'x-retry-after',
      'one',
    ]);
  });
  test('drops markup characters', () => {
    expect(highlightTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '/script']);
  });
});

describe('excerptSegments', () => {
  test('splits marks from plain text and decodes entities', () => {
    expect(excerptSegments('Send <mark>Content-Type</mark> &amp; &lt;b&gt; &#x27;x&#39;')).toEqual([
      { text: 'Send ', mark: false },
      { text: 'Content-Type', mark: true },
      { text: " & <b> 'x'", mark: false },
    ]);
  });
  test('drops any other tag instead of rendering it', () => {
    expect(excerptSegments('<img src=x onerror=alert(1)>hi <mark>x</mark>')).toEqual([
      { text: 'hi ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
  test('leaves unknown or out-of-range entities as written', () => {
    expect(decodeEntities('&bogus; &#9999999999;')).toBe('&bogus; &#9999999999;');
  });
});

describe('withoutLeadingTitle', () => {
  test('drops the title an excerpt starts with, marked or not, and the stop after it', () => {
    expect(
      withoutLeadingTitle(excerptSegments('How to fix it. Create a new token'), 'How to fix it'),
    ).toEqual([{ text: 'Create a new token', mark: false }]);
    expect(
      withoutLeadingTitle(
        excerptSegments('<mark>JWT</mark> is <mark>expired</mark>. Sent with HTTP 401'),
        'JWT is expired',
      ),
    ).toEqual([{ text: 'Sent with HTTP 401', mark: false }]);
    expect(withoutLeadingTitle(excerptSegments('Pacing:  <mark>requests</mark> evenly'), 'pacing')).toEqual([
      { text: 'requests', mark: true },
      { text: ' evenly', mark: false },
    ]);
    expect(
      withoutLeadingTitle(excerptSegments('Which one did you get? The first'), 'Which one did you get?'),
    ).toEqual([{ text: 'The first', mark: false }]);
  });

  test("keeps an excerpt that only starts with the title's words, or is nothing but the title", () => {
    for (const [html, title] of [
      ['How to fix it quickly', 'How to fix'],
      ['Retry after the window. Wait', 'Retry after the window resets'],
      ['What it means.', 'What it means'],
      ['The quota (per store)', '(per store'],
    ]) {
      const segments = excerptSegments(html!);
      expect(withoutLeadingTitle(segments, title!)).toEqual(segments);
    }
  });
});

describe('searchAttributes', () => {
  test('gives a code page its kind, API, class and code', () => {
    expect(searchAttributes({ kind: 'Code', api: 'REST', statusClass: '4xx', code: 429 })).toEqual([
      { attribute: 'data-pagefind-filter', value: 'kind:Code' },
      { attribute: 'data-pagefind-filter', value: 'api:REST' },
      { attribute: 'data-pagefind-filter', value: 'class:4xx' },
      { attribute: 'data-pagefind-meta', value: 'code:429' },
    ]);
  });
  test('gives a guide only its kind', () => {
    expect(searchAttributes({ kind: 'Guide' })).toEqual([
      { attribute: 'data-pagefind-filter', value: 'kind:Guide' },
    ]);
  });
  test('removes the separators Pagefind would split on', () => {
    expect(searchAttributes({ kind: 'Code', api: 'A, b:c' })[1]!.value).toBe('api:A b c');
  });
  test('marks a guide with each list parameter it explains', () => {
    expect(searchAttributes({ kind: 'Guide', parameters: ['page', 'limit'] }).slice(1)).toEqual([
      { attribute: 'data-pagefind-filter', value: 'parameter:page' },
      { attribute: 'data-pagefind-filter', value: 'parameter:limit' },
    ]);
  });
  test('marks a guide with its subject, each word singular', () => {
    expect(searchAttributes({ kind: 'Guide', topic: 'Media types' }).slice(1)).toEqual([
      { attribute: 'data-pagefind-filter', value: 'topic:media type' },
    ]);
  });
  test('marks a list of codes with its place among them', () => {
    expect(searchAttributes({ kind: 'Reference', codeListPlace: 2 }).slice(1)).toEqual([
      { attribute: 'data-pagefind-filter', value: 'list:codes' },
      { attribute: 'data-pagefind-sort', value: 'list-place:002' },
    ]);
  });
  test("marks an operator's row with its suffix", () => {
    expect(operatorAttribute('not_in')).toEqual({
      attribute: 'data-pagefind-filter',
      value: 'operator:not_in',
    });
  });
});

describe('groupResults', () => {
  test('keeps one result per page and only sections with their own anchor', () => {
    const groups = groupResults([
      {
        url: '/rest/index.html',
        excerpt: 'x',
        meta: { title: 'REST codes' },
        filters: { kind: ['Reference'], api: ['REST'] },
        sub_results: [
          { title: 'REST codes', url: '/rest/', excerpt: '' },
          { title: 'Too Many Requests', url: '/rest/#code-429', excerpt: 'e' },
        ],
      },
      { url: '/rest/', excerpt: 'dup', meta: { title: 'dup' } },
    ]);
    expect(groups).toEqual([
      {
        url: '/rest/',
        title: 'REST codes',
        excerpt: 'x',
        kind: 'Reference',
        api: 'REST',
        code: undefined,
        sections: [{ title: 'Too Many Requests', url: '/rest/#code-429', excerpt: 'e' }],
      },
    ]);
  });
});

describe('groupResults with an anchor', () => {
  test("puts the anchor's section first, even from beyond the first few", () => {
    const section = (anchor: string) => ({ title: anchor, url: `/guides/filtering/#${anchor}`, excerpt: '' });
    const [group] = groupResults(
      [
        {
          url: '/guides/filtering/',
          excerpt: 'x',
          meta: { title: 'Filtering' },
          sub_results: ['a', 'b', 'c', 'd', 'operator-in'].map(section),
        },
      ],
      3,
      'operator-in',
    );
    expect(group!.sections.map((s) => s.title)).toEqual(['operator-in', 'a', 'b']);
  });
});

describe('numberPagesAfterTheirCodes', () => {
  const group = (url: string, kind: string, code?: number) => resultGroup(url, { kind, code });

  test('moves a number page after the last code page of its number, and nothing else', () => {
    const groups = [
      group('/codes/401/', 'Reference', 401),
      group('/graphql/errors/jwt-expired/', 'Error message', 401),
      group('/rest/401/', 'Code', 401),
      group('/guides/rate-limits/', 'Guide'),
      group('/graphql/401/', 'Code', 401),
      group('/rest/429/', 'Code', 429),
    ];
    expect(urls(numberPagesAfterTheirCodes(groups))).toEqual([
      '/graphql/errors/jwt-expired/',
      '/rest/401/',
      '/guides/rate-limits/',
      '/graphql/401/',
      '/codes/401/',
      '/rest/429/',
    ]);
  });

  test('leaves a number page in place when no code page of its number is below it', () => {
    const groups = [
      group('/rest/429/', 'Code', 429),
      group('/codes/429/', 'Reference', 429),
      group('/codes/502/', 'Reference', 502),
      group('/rest/500/', 'Code', 500),
    ];
    expect(urls(numberPagesAfterTheirCodes(groups))).toEqual(urls(groups));
  });
});

describe('lesserCodesLast', () => {
  const group = (url: string, title: string, code?: number) =>
    resultGroup(url, { title, code, kind: code === undefined ? 'Header' : 'Reference' });
  const codes = [
    { code: 401, url: '/rest/401/', legacy: false },
    { code: 429, url: '/rest/429/', legacy: false },
    { code: 503, url: '/rest/503/', legacy: false },
    { code: 509, url: '/rest/509/', legacy: true },
  ];
  const results = [
    group('/codes/511/', '511 Network Authentication Required', 511),
    group('/codes/401/', '401 Unauthorized', 401),
    group('/codes/407/', '407 Proxy Authentication Required', 407),
    group('/headers/x-auth-token/', 'X-Auth-Token'),
  ];
  const ordered = (query: string, given = results) => urls(lesserCodesLast(given, codes, query));

  test('moves the number pages of codes no API lists after the others, in their order', () => {
    expect(ordered('authentication')).toEqual([
      '/codes/401/',
      '/headers/x-auth-token/',
      '/codes/511/',
      '/codes/407/',
    ]);
  });
  test('leaves such a page in place when the query names its number', () => {
    expect(ordered('511')).toEqual(['/codes/511/', '/codes/401/', '/headers/x-auth-token/', '/codes/407/']);
    expect(ordered('HTTP 407 auth')).toEqual([
      '/codes/401/',
      '/codes/407/',
      '/headers/x-auth-token/',
      '/codes/511/',
    ]);
  });
  test("leaves such a page in place when the query names the code's whole name", () => {
    expect(ordered('Proxy authentication required').slice(0, 3)).toEqual([
      '/codes/401/',
      '/codes/407/',
      '/headers/x-auth-token/',
    ]);
  });
  test('moves nothing without a list of the codes the APIs use', () => {
    expect(urls(lesserCodesLast(results, [], 'authentication'))).toEqual(urls(results));
  });

  // "rate limit exceeded" opened 509 Bandwidth Limit Exceeded, which the current docs answer with 429.
  const limits = [
    group('/rest/509/', '509 Bandwidth Limit Exceeded', 509),
    group('/codes/509/', '509 Bandwidth Limit Exceeded', 509),
    group('/rest/429/', '429 Too Many Requests', 429),
    group('/codes/508/', '508 Loop Detected', 508),
    group('/guides/rate-limits/', 'Rate limits'),
  ];
  test('moves the pages of a legacy code after current ones, above codes no API lists', () => {
    expect(ordered('rate limit exceeded', limits)).toEqual([
      '/rest/429/',
      '/guides/rate-limits/',
      '/rest/509/',
      '/codes/509/',
      '/codes/508/',
    ]);
  });
  test('leaves a legacy code in place when the query names it', () => {
    expect(ordered('509', limits).slice(0, 2)).toEqual(['/rest/509/', '/codes/509/']);
    expect(ordered('bandwidth limit exceeded', limits).slice(0, 2)).toEqual(['/rest/509/', '/codes/509/']);
    // Part of its name is enough for a code of the API's own, not for one no API lists.
    expect(ordered('bandwidth', limits).slice(0, 2)).toEqual(['/rest/509/', '/codes/509/']);
    expect(ordered('loop', limits).at(-1)).toBe('/codes/508/');
  });
  test('keeps the number page of a code that some API lists as current', () => {
    const shared = [...codes, { code: 509, url: '/graphql/509/', legacy: false }];
    expect(urls(lesserCodesLast(limits, shared, 'rate limit exceeded'))).toEqual([
      '/codes/509/',
      '/rest/429/',
      '/guides/rate-limits/',
      '/rest/509/',
      '/codes/508/',
    ]);
  });
});

describe('namedHeaderFirst', () => {
  const group = (url: string, title: string, kind: string) => resultGroup(url, { title, kind });
  const results = [
    group('/rest/406/', '406 Not Acceptable', 'Code'),
    group('/headers/accept/', 'Accept', 'Header'),
    group('/headers/content-type/', 'Content-Type', 'Header'),
    group('/guides/media-types/', 'Media types', 'Guide'),
  ];
  const first = (query: string) => namedHeaderFirst(results, query)[0]!.url;

  test('puts the header a query names with the word "header" first, the rest in their order', () => {
    expect(urls(namedHeaderFirst(results, 'accept header'))).toEqual([
      '/headers/accept/',
      '/rest/406/',
      '/headers/content-type/',
      '/guides/media-types/',
    ]);
    expect(first('Content-Type headers')).toBe('/headers/content-type/');
    expect(first('header content type')).toBe('/headers/content-type/');
  });
  test('leaves the order without the word "header", or when no header has the name', () => {
    expect(first('accept')).toBe('/rest/406/');
    expect(first('media types header')).toBe('/rest/406/');
    expect(first('header')).toBe('/rest/406/');
  });
  test('puts the guide whose subject a query names first, and says others may lose their place', () => {
    const context = { codes: [], query: 'media type', operatorRows: false, topic: topicKey('media type') };
    expect(urls(topicGuideFirst(results, context.topic))).toEqual([
      '/guides/media-types/',
      '/rest/406/',
      '/headers/accept/',
      '/headers/content-type/',
    ]);
    expect(topicGuideFirst(results, undefined)).toEqual(results);
    expect(topicGuideFirst(results, 'retry')).toEqual(results);
    expect(orderResults(results, context)[0]!.url).toBe('/guides/media-types/');
    expect(mayMoveDown(results[0]!, context)).toBe(true);
    expect(mayMoveDown(results[3]!, context)).toBe(false);
  });
  test('reads the header name a query asks for', () => {
    expect(headerAskedFor('X-Auth-Token header')).toBe('x auth token');
    expect(headerAskedFor('headers')).toBeUndefined();
    // A name typed whole with its hyphens asks for the header too, in a question or with a count.
    expect(headerAskedFor('x-auth-token')).toBe('x auth token');
    expect(headerAskedFor('what is X-Retry-After?')).toBe('x retry after');
    expect(headerAskedFor('X-Retry-After: 15')).toBe('x retry after');
    // Not a name alone: words, a value that is no count, an operator.
    expect(headerAskedFor('accept')).toBeUndefined();
    expect(headerAskedFor('retry after')).toBeUndefined();
    expect(headerAskedFor('Content-Type: text/plain')).toBeUndefined();
    expect(headerAskedFor('price:min')).toBeUndefined();
  });
});

describe('guidesFirst', () => {
  test('puts the guides first and keeps each part in its order', () => {
    const page = (url: string, kind: string) => resultGroup(url, { kind });
    const results = [
      page('/tools/query-builder/', 'Tool'),
      page('/guides/filtering/', 'Guide'),
      page('/rest/400/', 'Code'),
      page('/guides/pagination/', 'Guide'),
    ];
    expect(urls(guidesFirst(results))).toEqual([
      '/guides/filtering/',
      '/guides/pagination/',
      '/tools/query-builder/',
      '/rest/400/',
    ]);
  });
});

describe('withHighlight', () => {
  test('puts the terms before the fragment', () => {
    expect(withHighlight('/rest/#code-429', ['rate', 'limit'])).toBe('/rest/?hl=rate%20limit#code-429');
    expect(withHighlight('/rest/429/', [])).toBe('/rest/429/');
  });
});

describe('search state in the URL', () => {
  test('round-trips the query and filters', () => {
    const state = { q: 'rate limit', filters: { api: 'REST', kind: 'Guide' } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
  test('ignores unknown parameters and caps long values', () => {
    const state = readSearchState(`?q=${'a'.repeat(5000)}&evil=1&class=${'b'.repeat(100)}`);
    expect(state.q).toHaveLength(1000);
    expect(state.filters).toEqual({ class: 'b'.repeat(60) });
  });

  test('names a filter value the index does not hold, with the values it does', () => {
    const values = { api: ['GraphQL', 'REST'], kind: ['Code', 'Guide'] };
    const unknown = unknownFilters({ api: 'SOAP', kind: 'Guide', class: '4xx' }, values);
    expect(unknown).toEqual([{ name: 'api', value: 'SOAP', known: ['GraphQL', 'REST'] }]);
    expect(unknownFilterText(unknown[0]!)).toBe(
      '“SOAP” is not a known API filter value, so the search leaves that filter out. The known values are “GraphQL” and “REST”.',
    );
    expect(unknownFilters({ api: 'REST' }, values)).toEqual([]);
    // Without the index's values (no index yet), nothing is judged.
    expect(unknownFilters({ api: 'SOAP' }, {})).toEqual([]);
  });
});

describe('exactMessageMatches', () => {
  const message = (slug: string, text: string): MessageEntry => ({
    api: 'graphql',
    apiName: 'GraphQL API',
    apiShortName: 'GraphQL',
    status: 401,
    class: '4xx',
    message: text,
    title: slug,
    url: `/graphql/errors/${slug}/`,
  });
  const messages = [
    message('token-missing', 'GraphQL credentials were missing. No token was sent.'),
    message('jwt-expired', 'GraphQL invalid credentials. JWT is expired'),
    message('channel', "GraphQL invalid credentials. JWT channel id doesn't match channel id of the URL"),
    message('unknown-jwt', 'Unknown JWT token'),
  ];
  const urls = (q: string) => exactMessageMatches(messages, q).map((e) => e.url);

  test('answers three or more words of a message in a row, whatever the case and punctuation', () => {
    expect(urls('GraphQL credentials were missing')).toEqual(['/graphql/errors/token-missing/']);
    expect(urls('jwt is EXPIRED.')).toEqual(['/graphql/errors/jwt-expired/']);
    expect(urls("channel id doesn't")).toEqual(['/graphql/errors/channel/']);
    expect(urls('unknown jwt token')).toEqual(['/graphql/errors/unknown-jwt/']);
  });

  test('answers a paste that holds a whole message, such as the errors array', () => {
    expect(urls('{"errors":[{"message":"GraphQL invalid credentials. JWT is expired"}]}')).toEqual([
      '/graphql/errors/jwt-expired/',
    ]);
  });

  test('lists every message that shares the quoted words, shortest first', () => {
    expect(urls('graphql invalid credentials')).toEqual([
      '/graphql/errors/jwt-expired/',
      '/graphql/errors/channel/',
    ]);
  });

  test('answers nothing for fewer than three words, words out of order, or other text', () => {
    for (const q of ['jwt', 'jwt token', 'expired JWT is', 'rate limit exceeded', ''])
      expect(urls(q)).toEqual([]);
  });

  test('obeys the filter chips, as an error message of its API and class', () => {
    const found = exactMessageMatches(messages, 'JWT is expired');
    expect(withinFilters(found, { kind: 'Error message', api: 'GraphQL', class: '4xx' })).toEqual(found);
    expect(withinFilters(found, { kind: 'Code' })).toEqual([]);
    expect(withinFilters(found, { api: 'REST' })).toEqual([]);
  });
});

describe('resultItems', () => {
  test('shows a quoted message as its page, the message whole beneath with the searched words marked', async () => {
    const { resultItems } = await import('./items');
    const [item] = resultItems(
      {
        exact: [
          {
            api: 'graphql',
            apiName: 'GraphQL API',
            apiShortName: 'GraphQL',
            status: 401,
            class: '4xx',
            message: 'Unknown JWT token',
            title: 'Unknown JWT',
            url: '/graphql/errors/unknown-jwt/',
          },
        ],
        groups: [],
      },
      ['jwt'],
    );
    expect(item).toEqual({
      url: '/graphql/errors/unknown-jwt/',
      title: 'Unknown JWT',
      context: 'Error message · GraphQL API · HTTP 401',
      excerpt: [
        { text: 'Unknown ', mark: false },
        { text: 'JWT', mark: true },
        { text: ' token', mark: false },
      ],
      level: 0,
    });
  });

  test('puts exact codes first, then pages with their sections, links carrying the terms', async () => {
    const { resultItems } = await import('./items');
    const items = resultItems(
      {
        exact: [
          {
            api: 'rest',
            apiName: 'REST API',
            apiShortName: 'REST',
            code: 429,
            class: '4xx',
            label: 'Too Many Requests',
            standardPhrase: 'Too Many Requests',
            formerPhrases: [],
            alsoCalled: ['rate limited'],
            summary: 'The **quota** is used up; see [rate limits](/guides/rate-limits/) and `X-Retry-After`.',
            url: '/rest/429/',
            legacy: false,
          },
          {
            api: 'rest',
            apiName: 'REST API',
            apiShortName: 'REST',
            code: 404,
            class: '4xx',
            label: 'Does Not Exist',
            standardPhrase: 'Not Found',
            formerPhrases: [],
            alsoCalled: [],
            summary: 'Nothing is at that URL.',
            url: '/rest/404/',
            legacy: false,
          },
        ],
        groups: [
          {
            url: '/guides/rate-limits/',
            title: 'Rate limits',
            excerpt: 'the <mark>quota</mark>',
            kind: 'Guide',
            api: undefined,
            code: undefined,
            sections: [{ title: 'Pacing', url: '/guides/rate-limits/#pacing', excerpt: 'slow' }],
          },
        ],
      },
      ['quota'],
    );
    expect(items.map((i) => [i.level, i.title, i.url, i.context])).toEqual([
      [0, '429 Too Many Requests', '/rest/429/', 'Status code · REST API'],
      [0, '404 Does Not Exist', '/rest/404/', 'Status code · REST API · standard phrase Not Found'],
      [0, 'Rate limits', '/guides/rate-limits/?hl=quota', 'Guide'],
      [1, 'Pacing', '/guides/rate-limits/?hl=quota#pacing', ''],
    ]);
    expect(items[2]!.excerpt).toEqual([
      { text: 'the ', mark: false },
      { text: 'quota', mark: true },
    ]);
    // A code's summary, as plain text, with the searched words marked.
    expect(items[0]!.excerpt).toEqual([
      { text: 'The ', mark: false },
      { text: 'quota', mark: true },
      { text: ' is used up; see rate limits and X-Retry-After.', mark: false },
    ]);
  });

  test("names the code's other name that the query spells, and only that", async () => {
    const { resultItems } = await import('./items');
    const code: CodeEntry = {
      api: 'rest',
      apiName: 'REST API',
      apiShortName: 'REST',
      code: 422,
      class: '4xx',
      label: 'Missing or Invalid Data',
      standardPhrase: 'Unprocessable Content',
      formerPhrases: [],
      alsoCalled: ['validation error', 'bad data'],
      summary: 'The data is wrong.',
      url: '/rest/422/',
      legacy: false,
    };
    const context = (terms: string[]) => resultItems({ exact: [code], groups: [] }, terms)[0]!.context;
    expect(context(['validation', 'error'])).toBe(
      'Status code · REST API · standard phrase Unprocessable Content · also called validation error',
    );
    expect(context(['validation'])).toBe('Status code · REST API · standard phrase Unprocessable Content');
  });
});

describe('inlineText', () => {
  test('reads inline Markdown as plain text, leaving code spans as written', async () => {
    const { inlineText } = await import('./excerpt');
    expect(inlineText('Send `Accept: application/json`, see [media types](/guides/media-types/).')).toBe(
      'Send Accept: application/json, see media types.',
    );
    expect(inlineText('**Never** retry *as is*; `a*b*c` and 2 * 3 stay.')).toBe(
      'Never retry as is; a*b*c and 2 * 3 stay.',
    );
    expect(inlineText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

describe('statusText', () => {
  test('counts the results and quotes the query', () => {
    expect(statusText('results', 1, 'rate limit')).toBe('1 result for “rate limit”');
    expect(statusText('results', 27, 'rate limit')).toBe('27 results for “rate limit”');
  });

  test('says the results are not all in while more are loading', () => {
    expect(statusText('results', 4, 'rate limit', true)).toBe(
      '4 results so far for “rate limit”; loading more…',
    );
  });

  test('says first which words no page mentions, and that the results are for similar words', () => {
    expect(statusText('results', 16, 'webhook', false, ['webhook'])).toBe(
      'No page mentions “webhook”: 16 results for similar words',
    );
    expect(statusText('results', 2, 'webhook xyzzy retry', true, ['webhook', 'xyzzy'])).toBe(
      'No page mentions “webhook” or “xyzzy”: 2 results so far for similar words; loading more…',
    );
  });

  test('names the words the results are for when no page holds all of the query', () => {
    expect(statusText('results', 2, 'exponential backoff', false, ['exponential'], 'backoff')).toBe(
      'No page mentions “exponential”: 2 results for “backoff”',
    );
    expect(statusText('results', 1, 'how to handle throttling', false, [], 'throttling')).toBe(
      'No page holds all these words: 1 result for “throttling”',
    );
  });

  test('suggests fewer words for several, and a spelling check for one', () => {
    expect(statusText('none', 0, 'zebra unicorn')).toBe(
      'Nothing found for “zebra unicorn”. Try fewer words, or a status code.',
    );
    expect(statusText('none', 0, 'xyzzy')).toBe(
      'Nothing found for “xyzzy”. Check the spelling, or try a status code.',
    );
    expect(statusText('none', 0, '418')).toBe('Nothing found for “418”: no page here covers that status.');
  });

  test('shortens a long query to 60 characters', () => {
    const text = statusText('none', 0, 'x'.repeat(500));
    expect(text).toContain(`“${'x'.repeat(60)}…”`);
    expect(text).not.toContain('x'.repeat(61));
  });

  test('quotes the query without its text direction controls, which would turn the line around', () => {
    expect(statusText('none', 0, '\u202Etoo many\u2066 requests')).toBe(
      'Nothing found for “too many requests”. Try fewer words, or a status code.',
    );
  });

  test('counts the codes found while the pages are searched', () => {
    expect(statusText('loading', 2, '401')).toBe('2 codes found; searching the pages…');
    expect(statusText('loading', 0, 'jwt')).toBe('Searching…');
  });
});

describe('unmatched words', () => {
  test('the matched words are the content words at the positions Pagefind reports', () => {
    const content = 'It comes from the nginx web server. Retry: later';
    expect(matchedWords(content, [5, 7])).toEqual(['web', 'Retry:']);
    expect(matchedWords(content, [99])).toEqual([]);
  });

  test('a word only a shorter word stands for is unmatched', () => {
    // What Pagefind answers for words that no page holds (seen in the built index).
    expect(unmatchedTerms('webhook', ['web', 'Web'])).toEqual(['webhook']);
    expect(unmatchedTerms('xyzzy', ['-X'])).toEqual(['xyzzy']);
    expect(unmatchedTerms('webhook retry', ['web', 'Retry:'])).toEqual(['webhook']);
  });

  test('other forms of a word match it: endings, continuations and parts of compound names', () => {
    expect(unmatchedTerms('retries', ['Retry:'])).toEqual([]);
    expect(unmatchedTerms('sorting', ['"sort_order":'])).toEqual([]);
    expect(unmatchedTerms('rate limits', ['Rate', 'limit'])).toEqual([]);
    expect(unmatchedTerms('paginat', ['pagination'])).toEqual([]);
    expect(unmatchedTerms('requests-left', ['X-Rate-Limit-Requests-Left.'])).toEqual([]);
    expect(unmatchedTerms('price:min', ['price:min=10.'])).toEqual([]);
    expect(unmatchedTerms('JWT is expired', ['JWT', 'is', 'expired.'])).toEqual([]);
  });

  test('a plural matches its singular, however short', () => {
    // "filter by multiple ids" said no page mentions "ids": Pagefind finds "ID", two letters in common.
    expect(unmatchedTerms('ids', ['ID'])).toEqual([]);
    expect(unmatchedTerms('statuses', ['status'])).toEqual([]);
    expect(unmatchedTerms('ids', ['I'])).toEqual(['ids']);
    expect(unmatchedTerms('ads', ['ID'])).toEqual(['ads']);
    expect(unmatchedTerms('idea', ['ID'])).toEqual(['idea']);
  });

  test('results are guesses only when every word is unmatched and what stands for it shares under three letters', () => {
    expect(onlyGuesses('xyzzy', ['-X'])).toBe(true);
    expect(onlyGuesses('qqqzzz', ['q', 'Q.'])).toBe(true);
    // "web" shares three letters with "webhook": a neighbour, kept as results for similar words.
    expect(onlyGuesses('webhook', ['web'])).toBe(false);
    // More than three letters in common is a neighbour; three, then another word, a guess.
    expect(onlyGuesses('expiration', ['expired'])).toBe(false);
    expect(onlyGuesses('cors', ['X-Correlation-Id', 'correct'])).toBe(true);
    // One word found is enough, and numbers or short words are not judged.
    expect(onlyGuesses('xyzzy retry', ['-X', 'Retry:'])).toBe(false);
    expect(onlyGuesses('xyzzy 429', ['-X', '429'])).toBe(false);
    expect(onlyGuesses('retries', ['Retry:'])).toBe(false);
    expect(onlyGuesses('', [])).toBe(false);
    // A status code no page mentions, answered with pages holding "15.4.1" (seen in the built index).
    expect(onlyGuesses('418', ['15.4.1.'])).toBe(true);
    expect(onlyGuesses('250', ['250-item'])).toBe(false);
  });

  test('a short word must match whole at the start, and one- or two-character words are not judged', () => {
    expect(unmatchedTerms('jwt', ['jot'])).toEqual(['jwt']);
    expect(unmatchedTerms('sort', ['sop'])).toEqual(['sort']);
    expect(unmatchedTerms('42 is ok', ['429'])).toEqual([]);
  });

  test('a number of three digits or more matches only by its start', () => {
    expect(unmatchedTerms('429', ['(429)'])).toEqual([]);
    expect(unmatchedTerms('250', ['page=2&limit=250'])).toEqual([]);
    expect(unmatchedTerms('418', ['415'])).toEqual(['418']);
    expect(unmatchedTerms('1000', ['1000ms'])).toEqual([]);
  });
});

describe('markedSegments', () => {
  test('marks the searched words whatever their case and punctuation, and joins the rest', () => {
    expect(
      markedSegments('GraphQL credentials were missing. No token was sent.', ['missing', 'no', 'token']),
    ).toEqual([
      { text: 'GraphQL credentials were ', mark: false },
      { text: 'missing.', mark: true },
      { text: ' ', mark: false },
      { text: 'No', mark: true },
      { text: ' ', mark: false },
      { text: 'token', mark: true },
      { text: ' was sent.', mark: false },
    ]);
    expect(markedSegments('Unknown JWT token', [])).toEqual([{ text: 'Unknown JWT token', mark: false }]);
    // A term of punctuation alone marks nothing, spaces included.
    expect(markedSegments('Unknown JWT token', ['"', '.'])).toEqual([
      { text: 'Unknown JWT token', mark: false },
    ]);
  });
});

describe('topicKey', () => {
  test('reads a title or a query as one subject, each word singular', () => {
    expect(topicKey('Retries')).toBe('retry');
    expect(topicKey('retry')).toBe('retry');
    expect(topicKey('Media types')).toBe('media type');
    expect(topicKey('Rate-limits')).toBe('rate limit');
    expect(topicKey('Request headers')).toBe('request header');
    // Words that end in s without being plurals, and short words, stay.
    expect(topicKey('status access basis ids')).toBe('status access basis ids');
    expect(topicKey('Pagination')).toBe('pagination');
  });
});
