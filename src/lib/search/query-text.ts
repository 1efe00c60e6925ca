/**
 * The query as typed, made safe to read: spacing normalized, length capped, and the words a result's
 * page highlights. Apart from lib/search/reading.ts so that the page a result opens
 * (scripts/search/arrival.ts) loads only this.
 */

/** Longer input is cut: nobody types more, and a pasted novel must not slow the page down. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Characters that change how text is drawn, not what it says: the bidirectional controls (an RTL
 * override in `?q=` would flip the status line around it) and the zero-width ones.
 */
const FORMAT_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/** The text without the characters that only change how it is drawn. */
export const withoutFormatControls = (text: string) => text.replace(FORMAT_CONTROLS, '');

export function normalizeQuery(raw: string): string {
  return withoutFormatControls(raw.slice(0, MAX_QUERY_LENGTH * 4))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** The words worth highlighting on a destination page: at most five, two characters or more. */
export function highlightTerms(raw: string): string[] {
  const words = normalizeQuery(raw)
    .toLowerCase()
    .split(/[\s"'“”‘’()[\]{}<>]+/)
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 5);
}
