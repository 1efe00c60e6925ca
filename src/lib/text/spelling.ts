/** Reading a misspelt word as the word it was meant to be. */

/**
 * The number of single-letter edits (an insertion, a deletion, a substitution, or two neighbours
 * swapped) that turn one word into the other, or `max + 1` once it is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * How many edits a typed word of this length may be from the one meant: none under four letters
 * (too many short words are one letter apart), one up to seven, two from eight.
 */
export const editsAllowed = (typed: string) => (typed.length < 4 ? 0 : typed.length < 8 ? 1 : 2);

/** Whether `typed` may be a misspelling of `meant`: the same first letter, and few edits apart. */
export function mayMean(typed: string, meant: string): boolean {
  if (typed === meant) return true;
  const allowed = editsAllowed(typed);
  return allowed > 0 && typed[0] === meant[0] && editDistance(typed, meant, allowed) <= allowed;
}

/**
 * The word of `known` that a misspelt word was meant to be: the nearest that it may mean, when only
 * one is nearest; undefined when none, or several, are.
 */
export function meantWord(typed: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const word of known) {
    if (!mayMean(typed, word)) continue;
    const distance = editDistance(typed, word, editsAllowed(typed));
    if (distance < bestDistance) [best, bestDistance, tied] = [word, distance, false];
    else if (distance === bestDistance && word !== best) tied = true;
  }
  return tied ? undefined : best;
}
