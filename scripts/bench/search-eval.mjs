// Runs the search evaluation set (src/lib/search/evaluation/cases.yaml) in a browser, through the
// search dialog as a reader types, and scores it: the benchmark's top-1, top-3 and MRR@10.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { problemsOf, rankOf, scoresOf, unknownInStatus } from '../../src/lib/search/evaluation/metrics.ts';

export const CASES_PATH = new URL('../../src/lib/search/evaluation/cases.yaml', import.meta.url);

/** @returns {import('../../src/lib/search/evaluation/metrics.ts').EvaluationCase[]} */
export const readCases = () => yaml.load(readFileSync(CASES_PATH, 'utf8'));

/**
 * Types each query into the open search dialog of `page` and waits for its whole answer; returns,
 * for each, the pages shown, the words the status line named as found nowhere, and the time from
 * the keystroke to the answer.
 */
export async function answersInBrowser(page, cases) {
  const outcomes = [];
  for (const entry of cases) {
    const outcome = await page.evaluate(async (q) => {
      const input = document.querySelector('#search-input');
      const list = document.querySelector('#search-results');
      const status = document.querySelector('#search-status');
      const started = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const done = () =>
        list.dataset.query === input.value &&
        ['results', 'none', 'unavailable'].includes(list.dataset.state) &&
        !list.hasAttribute('data-more');
      await new Promise((resolve) => {
        if (done()) return resolve();
        const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
        observer.observe(list, { attributes: true });
      });
      const ms = performance.now() - started;
      const urls = [...list.querySelectorAll('[role=option]')].map((o) => o.dataset.url ?? '');
      const pages = [...new Set(urls.map((u) => new URL(u, location.href).pathname))];
      return { pages, status: status.textContent ?? '', ms };
    }, entry.q);
    outcomes.push({ ...outcome, unknown: unknownInStatus(outcome.status) });
  }
  return outcomes;
}

/** The scores of the set, of the entries tuned on, and of the held-out fifth, with each miss. */
export function scoreOutcomes(cases, outcomes) {
  const ranks = cases.map((entry, i) => rankOf(entry, outcomes[i]));
  const part = (keep) => scoresOf(ranks.filter((_, i) => keep(cases[i])));
  return {
    all: scoresOf(ranks),
    tuned: part((c) => c.set !== 'held-out'),
    heldOut: part((c) => c.set === 'held-out'),
    misses: cases.flatMap((entry, i) => {
      const problems = problemsOf(entry, outcomes[i]);
      return ranks[i] === 1 && problems.length === 0
        ? []
        : [
            {
              q: entry.q,
              set: entry.set ?? 'tuned',
              rank: ranks[i] ?? null,
              problems,
              pages: outcomes[i].pages.slice(0, 5),
              status: outcomes[i].status,
            },
          ];
    }),
  };
}
