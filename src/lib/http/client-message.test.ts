import { describe, expect, it } from 'vitest';
import { clientMessage, statusNameReadings } from './client-message';

describe('clientMessage', () => {
  // Each client's own wording, as it prints a failed call. The inspector's parse tests cover the
  // older patterns through parseResponse.
  it.each([
    [
      'org.springframework.web.client.HttpClientErrorException$TooManyRequests: 429 Too Many Requests: [no body]',
      429,
      'Too Many Requests',
    ],
    [
      'org.springframework.web.reactive.function.client.WebClientResponseException$NotFound: 404 Not Found from GET https://x',
      404,
      'Not Found',
    ],
    [
      'feign.FeignException$TooManyRequests: [429 Too Many Requests] during [GET] to [https://x]',
      429,
      'Too Many Requests',
    ],
    ['retrofit2.HttpException: HTTP 429 ', 429, undefined],
    ['#<Net::HTTPTooManyRequests 429 Too Many Requests readbody=true>', 429, 'Too Many Requests'],
    ['Net::HTTPClientException: 429 "Too Many Requests"', 429, 'Too Many Requests'],
    [
      'response.rb:171:in `error!\': 415 "Unsupported Media Type" (Net::HTTPClientException)',
      415,
      'Unsupported Media Type',
    ],
    [
      "httpx.HTTPStatusError: Client error '415 Unsupported Media Type' for url 'https://x'",
      415,
      'Unsupported Media Type',
    ],
    ['HTTP status server error (503 Service Unavailable) for url (https://x)', 503, 'Service Unavailable'],
    [
      "aiohttp.client_exceptions.ClientResponseError: 429, message='Too Many Requests', url=URL('https://x')",
      429,
      'Too Many Requests',
    ],
    ['HTTPError: Response code 429 (Too Many Requests)', 429, 'Too Many Requests'],
    [
      'ClientRequestException: Client request(GET https://x) invalid: 401 Unauthorized. Text: "{}"',
      401,
      'Unauthorized',
    ],
    ['The remote server returned an error: (429) Too Many Requests.', 429, 'Too Many Requests'],
    ['2026-11-30 12:00:00 ERROR 415: Unsupported Media Type.', 415, 'Unsupported Media Type'],
    ['HTTP request sent, awaiting response... 429 Too Many Requests', 429, 'Too Many Requests'],
    ['RestClient::TooManyRequests: 429 Too Many Requests', 429, 'Too Many Requests'],
    [
      'file_get_contents(https://x): Failed to open stream: HTTP request failed! HTTP/1.1 429 Too Many Requests',
      429,
      'Too Many Requests',
    ],
    [
      "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='x', port=443): Max retries exceeded with url: /v3/a (Caused by ResponseError('too many 429 error responses'))",
      429,
      undefined,
    ],
  ])('%s', (line, status, reason) => {
    const found = clientMessage(line);
    expect(found?.status).toBe(status);
    expect(found?.reason).toBe(reason);
  });

  it('finds no status where an exception names none', () => {
    for (const line of [
      'TypeError: x is undefined',
      'RuntimeError: 1234 items',
      'Error: 999 Nothing',
      'ERROR 4290: disk full',
      'Rails::Engine: 1234 routes',
    ])
      expect(clientMessage(line)).toBeUndefined();
  });

  it('reads hostile lines without runaway work (the test timeout catches it)', () => {
    expect(clientMessage('Exception: ' + 'A '.repeat(50_000))).toBeUndefined();
    expect(clientMessage('Error: 429' + ' Aa'.repeat(50_000))?.status).toBe(429);
    expect(clientMessage('#<Net::HTTP' + 'x'.repeat(100_000))).toBeUndefined();
  });
});

describe('statusNameReadings', () => {
  it.each([
    ['Net::HTTPTooManyRequests', 'too many requests'],
    ['http.StatusTooManyRequests', 'too many requests'],
    ['HttpStatusCode.UnsupportedMediaType', 'unsupported media type'],
    ['HTTPStatus.REQUEST_ENTITY_TOO_LARGE', 'request entity too large'],
    ['Response::HTTP_UNPROCESSABLE_ENTITY', 'unprocessable entity'],
    ['HttpServletResponse.SC_NOT_FOUND', 'not found'],
    ['Faraday::TooManyRequestsError', 'too many requests'],
    ['HttpClientErrorException$Conflict', 'conflict'],
    ['Net::HTTPOK', 'ok'],
    // The phrase itself starts with HTTP: both readings are offered.
    ['Net::HTTPVersionNotSupported', 'http version not supported'],
    ['StatusRequestURITooLong', 'request uri too long'],
    ['NotFound', 'not found'],
  ])('%s reads as "%s"', (name, phrase) => {
    expect(statusNameReadings(name)).toContain(phrase);
  });

  it('reads nothing into plain words, headers or sentences', () => {
    for (const text of ['Gone', 'hello', 'X-Rate-Limit', 'foo:bar', 'too many requests', '', 'a'.repeat(101)])
      expect(statusNameReadings(text)).toEqual([]);
  });
});
