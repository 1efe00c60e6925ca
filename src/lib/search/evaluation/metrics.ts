/**
 * How the evaluation set (cases.yaml) is scored: the rank of each query's first answer among the
 * pages search shows, and over the set top-1, top-3 and the mean reciprocal rank of the first ten.
 * Read by the unit tests, the browser sample in e2e/search.spec.ts and `npm run bench`; imports
 * nothing, so that Node runs it as it is.
 */

/** One entry of cases.yaml (its header comment says what each field means). */
export interface EvaluationCase {
  q: string;
  answers: string[];
  within?: 1 | 3;
  also?: Record<string, number>;
  unknown?: string[];
  kind: string;
  client?: string;
  from?: string;
  set?: 'held-out';
  browser?: boolean;
}

/** What search showed for a query: the distinct pages in order, and the words it named as found nowhere. */
export interface Outcome {
  pages: string[];
  unknown: string[];
}

/** Only the first ten pages count: a reader does not scroll further. */
export const RANKS_COUNTED = 10;

/**
 * The rank (from 1) of the first answer among the pages shown, or undefined when none is. A query
 * the site does not cover is answered at rank 1 when search shows no page at all.
 */
export function rankOf(entry: EvaluationCase, outcome: Outcome): number | undefined {
  if (entry.answers.length === 0) return outcome.pages.length === 0 ? 1 : undefined;
  const index = outcome.pages.findIndex((page) => entry.answers.includes(page));
  return index < 0 ? undefined : index + 1;
}

/** What an outcome breaks of the entry's own bounds: `within`, `also` and `unknown`. */
export function problemsOf(entry: EvaluationCase, outcome: Outcome): string[] {
  const problems: string[] = [];
  const shown = outcome.pages.join(' | ') || 'nothing';
  const rank = rankOf(entry, outcome);
  if (entry.within !== undefined && (rank === undefined || rank > entry.within))
    problems.push(`should put ${entry.answers.join(' or ')} in the top ${entry.within}: ${shown}`);
  for (const [page, within] of Object.entries(entry.also ?? {})) {
    const at = outcome.pages.indexOf(page);
    if (at < 0 || at >= within) problems.push(`should put ${page} in the top ${within}: ${shown}`);
  }
  // A query the site does not cover is answered by saying so, whatever the words named.
  const unknown = [...(entry.unknown ?? [])].sort();
  const named = [...outcome.unknown].sort();
  if (entry.answers.length && unknown.join('\n') !== named.join('\n'))
    problems.push(
      `should name ${unknown.length ? unknown.map((w) => `"${w}"`).join(', ') : 'no word'} as found nowhere, ` +
        `named ${named.length ? named.map((w) => `"${w}"`).join(', ') : 'none'}`,
    );
  return problems;
}

export interface Scores {
  queries: number;
  /** Shares of the queries answered first, and in the first three. */
  top1: number;
  top3: number;
  /** Mean of 1/rank over the queries, 0 for an answer beyond the first ten or missing. */
  mrr10: number;
}

export function scoresOf(ranks: readonly (number | undefined)[]): Scores {
  const count = (within: number) => ranks.filter((rank) => rank !== undefined && rank <= within).length;
  const reciprocal = ranks.reduce<number>(
    (sum, rank) => sum + (rank !== undefined && rank <= RANKS_COUNTED ? 1 / rank : 0),
    0,
  );
  const n = ranks.length || 1;
  return { queries: ranks.length, top1: count(1) / n, top3: count(3) / n, mrr10: reciprocal / n };
}

/** Scores as the bench and the tests print them: "top-1 91.2 %  top-3 97.0 %  MRR@10 0.934 (227 queries)". */
export const formatScores = (s: Scores) =>
  `top-1 ${(s.top1 * 100).toFixed(1)} %  top-3 ${(s.top3 * 100).toFixed(1)} %  MRR@10 ${s.mrr10.toFixed(3)} (${s.queries} queries)`;

/** The words a status line names as found on no page: “webhook” in 'No page mentions “webhook”: …'. */
export function unknownInStatus(status: string): string[] {
  if (!status.startsWith('No page mentions ')) return [];
  const end = status.indexOf('”: ');
  return status
    .slice(0, end < 0 ? undefined : end)
    .split('“')
    .slice(1)
    .map((part) => part.split('”')[0]!);
}
