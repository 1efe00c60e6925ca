/**
 * The status named by the one line a developer copies from a failed call: what an HTTP client threw
 * or a browser's console printed, or a status's name in code. Read by the inspector and by search,
 * which answer with that code.
 */
import { asWords, wordsOf } from '~/lib/text/words';

/** A status code only counts when HTTP could actually send it. */
export function validStatus(text: string): number | undefined {
  const code = Number(text);
  return code >= 100 && code <= 599 ? code : undefined;
}

/** A reason phrase in running text: capitalised words, so that "429 Too Many Requests from GET" stops. */
const REASON = String.raw`([A-Z][A-Za-z'-]*(?:[ \t]+[A-Z][A-Za-z'-]*)*)`;

/**
 * How clients word a failed response: the code is group 1, the reason phrase (when the line has one)
 * group 2, trimmed by the caller. Unanchored, but no two quantifiers next to each other can take the
 * same characters (`[ \t]*(?:[:=][ \t]*)?`, not `[ \t]*[:=]?[ \t]*`), so a line costs linear time.
 */
const CLIENT_MESSAGES = [
  // axios, fetch wrappers, Go, Faraday, Chrome's console: "status code 401", "a status of 429 ()".
  /(?<![\w-])status(?:[ _-]?code)?(?:[ \t]+(?:of|is|was))?[ \t]*(?:[:=][ \t]*)?(\d{3})\b(?:[ \t]*\(([a-z][a-z '-]*)\))?/i,
  // Python requests: "415 Client Error: Unsupported Media Type for url: …".
  /\b(\d{3})[ \t]+(?:Client|Server)[ \t]+Error\b(?::[ \t]*([a-z][a-z'-]*(?: +(?!for url\b)[a-z'-]+)*)(?:[ \t]+for url\b|[ \t]*$))?/i,
  // Python urllib: "HTTP Error 404: Not Found".
  /\bHTTP[ \t]?Error[ \t]*(?::[ \t]*)?(\d{3})\b(?::[ \t]*([a-z][a-z '-]*))?/i,
  // Chrome's console: "GET https://… 429 (Too Many Requests)".
  /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\S+[ \t]+(\d{3})\b(?:[ \t]+\(([A-Za-z][A-Za-z '-]*)\))?/,
  // .NET: "Response status code does not indicate success: 429 (Too Many Requests)."
  /\bdoes not indicate success:?[ \t]*(\d{3})\b(?:[ \t]*\(([a-z][a-z '-]*)\))?/i,
  // Java: "Server returned HTTP response code: 429 for URL"; curl: "The requested URL returned error:
  // 429"; got: "Response code 429 (Too Many Requests)".
  /\b(?:response code|returned error)[ \t]*(?::[ \t]*)?(\d{3})\b(?:[ \t]*\(([a-z][a-z '-]*)\))?/i,
  // .NET's WebException: "The remote server returned an error: (429) Too Many Requests."
  new RegExp(String.raw`\breturned an error:[ \t]*\((\d{3})\)(?:[ \t]+${REASON})?`),
  // wget: "… ERROR 429: Too Many Requests." and "HTTP request sent, awaiting response... 429 Too Many
  // Requests".
  new RegExp(String.raw`\bERROR[ \t]+(\d{3}):(?:[ \t]+${REASON})?`),
  new RegExp(String.raw`\bawaiting response\.\.\.[ \t]*(\d{3})\b(?:[ \t]+${REASON})?`),
  // Guzzle: "… resulted in a `422 Unprocessable Entity` response".
  /\bresulted in a `(\d{3})(?:[ \t]([^`]*))?`/i,
  // Ruby: "#<Net::HTTPTooManyRequests 429 Too Many Requests readbody=true>", and the uncaught
  // "…: 429 "Too Many Requests" (Net::HTTPClientException)".
  new RegExp(String.raw`#<Net::HTTP\w*[ \t]+(\d{3})\b(?:[ \t]+${REASON})?`),
  /\b(\d{3})[ \t]+"([^"]*)"[ \t]+\(Net::HTTP\w*\)/,
  // httpx: "Client error '415 Unsupported Media Type' for url"; reqwest: "HTTP status client error
  // (429 Too Many Requests) for url".
  /\b(?:Informational response|Redirect response|Client error|Server error)[ \t]+'(\d{3})(?:[ \t]([^']*))?'/i,
  /\bHTTP status (?:client|server) error \((\d{3})(?:[ \t]([^)]*))?\)/i,
  // aiohttp: "ClientResponseError: 429, message='Too Many Requests'".
  /\bClientResponseError:?[ \t]*(\d{3}),[ \t]*message='([^']*)'/,
  // Ktor: "Client request(GET https://…) invalid: 429 Too Many Requests. Text: …".
  new RegExp(String.raw`\) invalid:[ \t]*(\d{3})\b(?:[ \t]+${REASON})?`),
  // An exception whose message starts with the status: Spring's "HttpClientErrorException$TooManyRequests:
  // 429 Too Many Requests", Feign's "FeignException$TooManyRequests: [429 Too Many Requests]",
  // Retrofit's "HttpException: HTTP 429", Ruby's "Net::HTTPClientException: 429 "Too Many Requests"".
  new RegExp(
    String.raw`\b\w*(?:Exception|Error)(?:\$\w+)?:[ \t]*(?:HTTP[ \t]+)?\[?(\d{3})\b(?:[ \t]+"?${REASON})?`,
  ),
  // PHP's stream wrappers quote the status line: "HTTP request failed! HTTP/1.1 429 Too Many Requests".
  new RegExp(String.raw`\bHTTP\/\d(?:\.\d)?[ \t]+(\d{3})\b(?:[ \t]+${REASON})?`),
  // urllib3 gives up retrying: "… (Caused by ResponseError('too many 429 error responses'))".
  /\btoo many (\d{3}) error responses\b/,
  // Ruby's rest-client, an exception class per status: "RestClient::TooManyRequests: 429 Too Many
  // Requests".
  new RegExp(String.raw`^[A-Z]\w*(?:::[A-Z]\w*)+:[ \t]*(\d{3})\b(?:[ \t]+${REASON})?`),
];

/** The status a client's error message names, with its reason phrase when it gives one. */
export function clientMessage(line: string): { status: number; reason?: string } | undefined {
  // A JSON body, or a `Status:` header (read with the other headers), is not a message.
  if (/^[{[]/.test(line) || /^:?status:/i.test(line)) return undefined;
  for (const pattern of CLIENT_MESSAGES) {
    const match = pattern.exec(line);
    const status = match && validStatus(match[1]!);
    if (status) return match[2]?.trim() ? { status, reason: match[2].trim() } : { status };
  }
  return undefined;
}

/** Words around a status's name in code that are not part of its phrase: `http.StatusOK`, `SC_GONE`. */
const NAME_PREFIXES = new Set(['http', 'status', 'code', 'sc']);
const NAME_SUFFIXES = new Set(['error', 'exception']);

/**
 * How code names a status without its number: Go's `http.StatusTooManyRequests`, Ruby's
 * `Net::HTTPTooManyRequests`, .NET's `HttpStatusCode.TooManyRequests`, Python's
 * `HTTPStatus.TOO_MANY_REQUESTS`, Symfony's `Response::HTTP_TOO_MANY_REQUESTS`, Faraday's
 * `Faraday::TooManyRequestsError`. Returns the ways such a name reads as lower-case words ("http
 * version not supported", "version not supported"), for the caller to compare with the reason
 * phrases it knows; none for text that is not a name of two words or more, or a qualified one.
 */
export function statusNameReadings(text: string): string[] {
  const name = text.trim();
  if (name.length > 100 || !/^[a-z_]\w*(?:(?:::|[.$\\])[a-z_]\w*)*$/i.test(name)) return [];
  const words = wordsOf(
    name
      .split(/::|[.$\\]/)
      .at(-1)!
      // Ruby's `HTTPOK`: no case change separates the acronym from the phrase.
      .replace(/^HTTP(?=[A-Z])/, 'HTTP ')
      .replace(/([a-z\d])([A-Z])/g, '$1 $2')
      .replace(/(?<=[A-Z])(?=[A-Z][a-z])/g, ' ')
      .replace(/_/g, ' '),
  );
  if (words.length < 2 && !/::|[.$\\]/.test(name)) return [];
  const readings = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    const rest = words.slice(start);
    readings.add(rest.join(' '));
    if (rest.length > 1 && NAME_SUFFIXES.has(rest.at(-1)!)) readings.add(rest.slice(0, -1).join(' '));
    if (!NAME_PREFIXES.has(words[start]!)) break;
  }
  return [...readings];
}

/**
 * The ways a text can spell a status's phrase, as words: the text word for word ("too many
 * requests"), and the readings of a status's name in code (`Net::HTTPTooManyRequests`).
 */
export function phraseReadings(text: string): Set<string> {
  const readings = new Set([asWords(text), ...statusNameReadings(text)]);
  readings.delete('');
  return readings;
}

/**
 * The code whose phrase the text spells (phraseReadings), if one does: `phrases` gives each code's
 * phrases (standard, former, an API's own label).
 */
export function codeNamed(name: string, phrases: Iterable<[number, string[]]>): number | undefined {
  const readings = phraseReadings(name);
  for (const [code, names] of phrases) if (names.some((phrase) => readings.has(asWords(phrase)))) return code;
  return undefined;
}
