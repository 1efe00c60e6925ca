import type { RetryWhen } from '~/schemas/code';

/** The retry verdict in a few words, for the badge beside the advice. */
export const RETRY_VERDICTS: Record<RetryWhen, string> = {
  'no-need': 'Nothing to retry',
  follow: 'Follow the redirect',
  'after-fix': 'Retry only after fixing the request',
  'after-wait': 'Retry after waiting',
  backoff: 'Retry with growing delays',
  'do-not': 'Do not retry',
};

export function retryVerdict(when: RetryWhen): string {
  return RETRY_VERDICTS[when];
}
