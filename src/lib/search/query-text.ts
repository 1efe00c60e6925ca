/**
 * The query as typed, made safe to read: spacing normalized, length capped, and the words a result's
 * page highlights. Apart from lib/search/reading.ts so that the page a result opens
 * (scripts/search/arrival.ts) loads only this.
 */
import { withoutDirectionControls } from '~/lib/text/direction';

/** Longer input is cut: nobody types more, and a pasted novel must not slow the page down. */
export const MAX_QUERY_LENGTH = 200;

export function normalizeQuery(raw: string): string {
  return withoutDirectionControls(raw.slice(0, MAX_QUERY_LENGTH * 4))
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
