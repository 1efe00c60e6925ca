/**
 * Which URLs content may link to: addresses on the site (`/rest/429/`, `#causes`, `../`) and on
 * the web (`https:`), mail and phone links, nothing else. A `javascript:` or `vbscript:` link runs
 * code when followed, and a `data:` URL can hold a whole page with scripts; an allow-list also
 * refuses the schemes nobody thought of.
 */
import { decodeHTMLAttribute } from 'entities';

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Relative URLs resolve against this; only the scheme of the result matters. */
const BASE = 'https://site.invalid/';

const DANGER: Record<string, string> = {
  'javascript:': 'a javascript: URL runs code when followed',
  'vbscript:': 'a vbscript: URL runs code when followed',
  'data:': 'a data: URL can hold a page with scripts of its own',
};

/**
 * Why a link or image address may not appear in content, or undefined when it may. The address is
 * read as a browser reads it from an attribute: character references decoded (`&#106;avascript:`),
 * spaces around it and tabs and line breaks inside it ignored (`java\tscript:`), scheme in any case.
 */
export function unsafeUrlReason(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(decodeHTMLAttribute(url), BASE);
  } catch {
    return 'not a valid URL';
  }
  const scheme = parsed.protocol.toLowerCase();
  if (ALLOWED_SCHEMES.has(scheme)) return undefined;
  return (
    DANGER[scheme] ??
    `${scheme} links are not allowed: link to a page of the site, or to an http, https, mailto or tel address`
  );
}
