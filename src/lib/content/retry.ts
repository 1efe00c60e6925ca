import type { RetryWhen } from '~/schemas/code';

/**
 * The retry verdict in a few words, for the badge beside the advice; in the order a retry policy
 * reads them, the failures worth repeating first (RETRY_ORDER).
 */
export const RETRY_VERDICTS: Record<RetryWhen, string> = {
  backoff: 'Retry with growing delays',
  'after-wait': 'Retry after waiting',
  follow: 'Follow the redirect',
  'after-fix': 'Retry only after fixing the request',
  'do-not': 'Do not retry',
  'no-need': 'Nothing to retry',
};

export function retryVerdict(when: RetryWhen): string {
  return RETRY_VERDICTS[when];
}

export const RETRY_ORDER = Object.keys(RETRY_VERDICTS) as readonly RetryWhen[];

export interface RetryGroup<T> {
  when: RetryWhen;
  verdict: string;
  codes: T[];
}

/** Codes under their retry verdicts, in RETRY_ORDER and by code within each; no empty groups. */
export function byRetryVerdict<T extends { code: number; retry: { when: RetryWhen } }>(
  codes: readonly T[],
): RetryGroup<T>[] {
  return RETRY_ORDER.map((when) => ({
    when,
    verdict: retryVerdict(when),
    codes: codes.filter((c) => c.retry.when === when).sort((a, b) => a.code - b.code),
  })).filter((group) => group.codes.length > 0);
}
