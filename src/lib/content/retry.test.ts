import { expect, test } from 'vitest';
import { byRetryVerdict, RETRY_ORDER, RETRY_VERDICTS, retryVerdict } from './retry';

const code = (n: number, when: (typeof RETRY_ORDER)[number]) => ({ code: n, retry: { when } });

test('byRetryVerdict: the verdicts worth repeating first, codes in order, no empty groups', () => {
  const groups = byRetryVerdict([
    code(404, 'do-not'),
    code(503, 'after-wait'),
    code(400, 'after-fix'),
    code(429, 'after-wait'),
    code(500, 'backoff'),
  ]);
  expect(groups.map((g) => [g.when, g.codes.map((c) => c.code)])).toEqual([
    ['backoff', [500]],
    ['after-wait', [429, 503]],
    ['after-fix', [400]],
    ['do-not', [404]],
  ]);
  expect(groups[1]!.verdict).toBe('Retry after waiting');
});

test('byRetryVerdict: no codes, no groups; every verdict has its place and its words', () => {
  expect(byRetryVerdict([])).toEqual([]);
  expect([...RETRY_ORDER].sort()).toEqual(Object.keys(RETRY_VERDICTS).sort());
  for (const when of RETRY_ORDER) expect(retryVerdict(when)).toMatch(/^[A-Z]/);
});
