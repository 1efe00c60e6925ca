/**
 * What a code sample shows, for components/sample/: one highlighted block, or for an HTTP request
 * the request itself and the code that sends it in each language of SAMPLE_LANGUAGES, each
 * highlighted. Content was checked when it loaded (lib/content), so a message that does not parse
 * here is a bug, and throws.
 */
import { highlight } from './highlight';
import { formatHttpMessage, looksLikeHttpMessage, parseHttpMessage, sendableRequest } from './http-message';
import { formatJson } from './json-text';
import { SAMPLE_LANGUAGES, type Grammar, type SampleLanguageId } from './languages';
import { requestSnippets } from './snippets';

export interface SampleVariant {
  id: SampleLanguageId;
  label: string;
  /** The text a reader copies. */
  code: string;
  /** The highlighted markup of `code`. */
  html: string;
}

export type Sample =
  { kind: 'block'; code: string; html: string } | { kind: 'request'; variants: SampleVariant[] };

/**
 * Text as a sample shows it: an HTTP message or JSON laid out, anything else (a header line alone)
 * as written.
 */
export function sampleText(code: string, grammar: Grammar): string {
  if (grammar === 'json') return formatJson(code);
  if (grammar === 'http' && looksLikeHttpMessage(code)) return formatHttpMessage(parseHttpMessage(code));
  return code.trimEnd();
}

/**
 * The sample for `code` in `grammar`. An HTTP request whose host is known (its Host header, an
 * absolute URL, or one of `bases`, the APIs' base URLs) comes in every language.
 */
export async function codeSample(code: string, grammar: Grammar, bases: readonly string[]): Promise<Sample> {
  if (grammar === 'http' && looksLikeHttpMessage(code)) {
    const message = parseHttpMessage(code);
    const request = sendableRequest(message, bases);
    if (request) {
      const snippets = requestSnippets(request);
      const texts: Record<SampleLanguageId, string> = { http: formatHttpMessage(message), ...snippets };
      const variants = await Promise.all(
        SAMPLE_LANGUAGES.map(async ({ id, label, grammar: g }) => ({
          id,
          label,
          code: texts[id],
          html: await highlight(texts[id], g),
        })),
      );
      return { kind: 'request', variants };
    }
  }
  const text = sampleText(code, grammar);
  return { kind: 'block', code: text, html: await highlight(text, grammar) };
}
