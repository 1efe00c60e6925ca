/**
 * The status named by the one line a developer copies from a failed call: what an HTTP client threw
 * or a browser's console printed. Read by the inspector and by search, which answer with that code.
 */

/** A status code only counts when HTTP could actually send it. */
export function validStatus(text: string): number | undefined {
  const code = Number(text);
  return code >= 100 && code <= 599 ? code : undefined;
}

/**
 * How clients word a failed response: the code is group 1, the reason phrase (when the line has one)
 * group 2. Unanchored, but free of nested quantifiers, so a line costs linear time.
 */
const CLIENT_MESSAGES = [
  // axios, fetch wrappers, Go, Faraday, Chrome's console: "status code 401", "a status of 429 ()".
  /(?<![\w-])status(?:[ _-]?code)?(?:[ \t]+(?:of|is|was))?[ \t]*[:=]?[ \t]*(\d{3})\b(?:[ \t]*\(([A-Za-z][A-Za-z '-]*)\))?/i,
  // Python requests: "415 Client Error: Unsupported Media Type for url: …".
  /\b(\d{3})[ \t]+(?:Client|Server)[ \t]+Error\b(?::[ \t]*([A-Za-z][A-Za-z '-]*?)(?:[ \t]+for url\b|$))?/i,
  // Python urllib: "HTTP Error 404: Not Found".
  /\bHTTP[ \t]?Error[ \t]*:?[ \t]*(\d{3})\b(?::[ \t]*([A-Za-z][A-Za-z '-]*))?/i,
  // Chrome's console: "GET https://… 429 (Too Many Requests)".
  /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\S+[ \t]+(\d{3})\b(?:[ \t]+\(([A-Za-z][A-Za-z '-]*)\))?/,
  // .NET: "Response status code does not indicate success: 429 (Too Many Requests)."
  /\bdoes not indicate success:?[ \t]*(\d{3})\b(?:[ \t]*\(([A-Za-z][A-Za-z '-]*)\))?/i,
  // Java: "Server returned HTTP response code: 429 for URL"; curl: "The requested URL returned error: 429".
  /\b(?:response code|returned error)[ \t]*:?[ \t]*(\d{3})\b/i,
  // Guzzle: "… resulted in a `422 Unprocessable Entity` response".
  /\bresulted in a `(\d{3})(?:[ \t]+([^`]*))?`/i,
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
