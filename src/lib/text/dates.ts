/**
 * One formatter for the whole build: `toLocaleDateString` builds a new one per call, which cost the
 * 5,000-page build over a second of CPU time (npm run bench).
 */
const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** A day as US English writes it in full ("December 7, 2026"), in UTC. */
export const longDate = (date: Date): string => LONG_DATE.format(date);
