/**
 * Pastes for the inspector tests, in the shapes that tools print. Test-only fixtures: vendor data is
 * fine here. As on the site (docs/authoring.md), each says whether a vendor's docs show it with these
 * values (documented) or it is ours (illustrative): the parser must read shapes no doc shows.
 */

/** Documented: the example values of the rate-limit headers and X-Retry-After. */
const rateLimitHeaders = [
  'X-Rate-Limit-Time-Window-Ms: 30000',
  'X-Rate-Limit-Time-Reset-Ms: 15000',
  'X-Rate-Limit-Requests-Quota: 150',
  'X-Rate-Limit-Requests-Left: 35',
  'X-Retry-After: 15',
];

/** Illustrative: a 429 carrying the documented header values, with a body of our own. */
export const raw429 = [
  'HTTP/1.1 429 Too Many Requests',
  'Content-Type: application/json',
  ...rateLimitHeaders,
]
  .concat(['', '{"status":429,"title":"Too many requests"}'])
  .join('\n');

export const raw429Crlf = raw429.replace(/\n/g, '\r\n');

/** Illustrative: the same headers as HTTP/2 prints them. */
export const http2 = ['HTTP/2 429', ...rateLimitHeaders.map((h) => h.toLowerCase())].join('\n');

/** Illustrative: `curl -i` output. */
export const curlI = [
  'HTTP/2.0 200 OK',
  'date: Tue, 14 Jan 2025 10:00:00 GMT',
  'content-type: application/json',
  'x-rate-limit-requests-left: 149',
  '',
  '{"data":[{"id":1,"name":"Shirt"}]}',
].join('\n');

/** Illustrative: `curl -v` output around the documented headers. */
export const curlVerbose = [
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
  '* Host api.bigcommerce.com:443 was resolved.',
  '*   Trying 104.18.9.1:443...',
  '* Connected to api.bigcommerce.com (104.18.9.1) port 443',
  '> GET /stores/abc/v3/catalog/products HTTP/1.1',
  '> Host: api.bigcommerce.com',
  '> X-Auth-Token: secret',
  '>',
  '< HTTP/1.1 429 Too Many Requests',
  '< Content-Type: application/json',
  ...rateLimitHeaders.map((h) => `< ${h}`),
  '<',
  '{ [44 bytes data]',
  '{"status":429,"title":"Too many requests"}',
  '* Connection #0 to host api.bigcommerce.com left intact',
].join('\n');

/** Illustrative: `curl -iL` output through a redirect. */
export const curlRedirect = [
  'HTTP/1.1 301 Moved Permanently',
  'Location: https://example.com/new',
  '',
  'HTTP/1.1 200 OK',
  'Content-Type: text/plain',
  '',
  'hello',
].join('\n');

/** Illustrative: what a browser's developer tools copy. */
export const browserCopy = [
  ':status: 429',
  'content-type: application/json',
  'x-rate-limit-requests-left: 0',
  'x-rate-limit-time-reset-ms: 15000',
  'x-retry-after: 15',
].join('\n');

/** Documented: the rate-limit headers alone, with their example values. */
export const headersOnly = rateLimitHeaders.join('\n');

/**
 * Illustrative: a problem-details body (RFC 9457) with field errors. No vendor's docs show one: the
 * docs of the default content give no 422 body at all.
 */
export const problemBody = JSON.stringify({
  status: 422,
  title: 'Validation failed',
  type: 'https://example.com/problems/validation',
  errors: { price: 'price must be a number' },
});

/** Illustrative: a documented GraphQL message in a GraphQL error body of our own. */
export const graphqlExpired =
  '{"data":null,"errors":[{"message":"GraphQL invalid credentials. JWT is expired"}]}';

/** Documented: the subscriptions docs' example 400 body (examples/subscriptions-api). */
export const arrayBody =
  '[{ "status": "400", "message": "Bad Request", "body": { "text": "Unknown field submitted", "fields": { "9": "this_should_fail" } } }]';

/** Illustrative: an HTML error page from a proxy. */
export const htmlBody = '<html><body><h1>502 Bad Gateway</h1></body></html>';
