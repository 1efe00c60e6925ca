/** Realistic pastes for the inspector tests. Test-only fixtures: vendor data is fine here. */

const rateLimitHeaders = [
  'X-Rate-Limit-Time-Window-Ms: 30000',
  'X-Rate-Limit-Time-Reset-Ms: 15000',
  'X-Rate-Limit-Requests-Quota: 150',
  'X-Rate-Limit-Requests-Left: 35',
  'X-Retry-After: 15',
];

export const raw429 = [
  'HTTP/1.1 429 Too Many Requests',
  'Content-Type: application/json',
  ...rateLimitHeaders,
]
  .concat(['', '{"status":429,"title":"Too many requests"}'])
  .join('\n');

export const raw429Crlf = raw429.replace(/\n/g, '\r\n');

export const http2 = ['HTTP/2 429', ...rateLimitHeaders.map((h) => h.toLowerCase())].join('\n');

export const curlI = [
  'HTTP/2.0 200 OK',
  'date: Tue, 14 Jan 2025 10:00:00 GMT',
  'content-type: application/json',
  'x-rate-limit-requests-left: 149',
  '',
  '{"data":[{"id":1,"name":"Shirt"}]}',
].join('\n');

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

export const curlRedirect = [
  'HTTP/1.1 301 Moved Permanently',
  'Location: https://example.com/new',
  '',
  'HTTP/1.1 200 OK',
  'Content-Type: text/plain',
  '',
  'hello',
].join('\n');

export const browserCopy = [
  ':status: 429',
  'content-type: application/json',
  'x-rate-limit-requests-left: 0',
  'x-rate-limit-time-reset-ms: 15000',
  'x-retry-after: 15',
].join('\n');

export const headersOnly = rateLimitHeaders.join('\n');

export const restErrorBody = JSON.stringify({
  status: 422,
  title: 'JSON data is missing or invalid',
  type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
  errors: { price: 'price must be a number' },
});

export const graphqlExpired =
  '{"data":null,"errors":[{"message":"GraphQL invalid credentials. JWT is expired"}]}';

export const arrayBody =
  '[{ "status": "400", "message": "Bad Request", "body": { "text": "Unknown field submitted", "fields": { "9": "this_should_fail" } } }]';

export const htmlBody = '<html><body><h1>502 Bad Gateway</h1></body></html>';
