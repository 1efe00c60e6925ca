/** Runs the evaluation set through search against an index: what each query shows (metrics.ts scores it). */
import { runSearch, type SearchAnswer, type SearchIndex } from '../run';
import type { Vocabulary } from '../vocabulary';
import type { EvaluationCase, Outcome } from './metrics';

/** The distinct pages an answer shows, in order: the exact answers, then the ranked results. */
export const pagesOf = (answer: SearchAnswer) => [
  ...new Set([...answer.exact.map((e) => e.url), ...answer.groups.map((g) => g.url)]),
];

export async function outcomesOf(
  cases: readonly EvaluationCase[],
  vocabulary: Vocabulary,
  index: SearchIndex,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const entry of cases) {
    const answer = await runSearch(entry.q, vocabulary, index);
    outcomes.push({ pages: pagesOf(answer), unknown: answer.unknown });
  }
  return outcomes;
}
