/**
 * How the list of codes changed from one documentation generation to the next, derived from each
 * code's history: added, dropped, relabelled and reworded codes, and APIs documented for the first time.
 */
import type { Generation } from '~/schemas/site';
import type { StatusCode } from './model';

export interface Relabel {
  code: StatusCode;
  from: string;
  to: string;
}

export interface Reword {
  code: StatusCode;
  note: string;
}

export interface GenerationChanges {
  generation: Generation;
  previous: Generation;
  /** APIs whose codes all appear for the first time in this generation. */
  newApis: string[];
  added: StatusCode[];
  dropped: StatusCode[];
  relabelled: Relabel[];
  reworded: Reword[];
}

export function buildChangelog(generations: Generation[], codes: StatusCode[]): GenerationChanges[] {
  const ids = generations.map((g) => g.id);
  const firstIndex = (c: StatusCode) => ids.indexOf(c.history[0]!.generation);

  // An API is "new" in a generation when none of its codes is listed earlier.
  const apiStart = new Map<string, number>();
  for (const c of codes) apiStart.set(c.api, Math.min(apiStart.get(c.api) ?? Infinity, firstIndex(c)));

  const changes: GenerationChanges[] = [];
  for (let i = 1; i < generations.length; i++) {
    const [previous, generation] = [generations[i - 1]!, generations[i]!];
    const entryIn = (c: StatusCode, g: Generation) => c.history.find((h) => h.generation === g.id);
    const change: GenerationChanges = {
      generation,
      previous,
      newApis: [...apiStart].filter(([, start]) => start === i && i > 0).map(([api]) => api),
      added: [],
      dropped: [],
      relabelled: [],
      reworded: [],
    };
    for (const c of codes) {
      const before = entryIn(c, previous);
      const now = entryIn(c, generation);
      if (!before && now) {
        if (!change.newApis.includes(c.api)) change.added.push(c);
      } else if (before && !now) {
        change.dropped.push(c);
      } else if (before && now) {
        if (before.label !== now.label)
          change.relabelled.push({ code: c, from: before.label, to: now.label });
        else if (now.note) change.reworded.push({ code: c, note: now.note });
      }
    }
    changes.push(change);
  }
  return changes.reverse();
}

/** The number of code-level changes in one generation step. */
export function changeCount(change: GenerationChanges): number {
  return change.added.length + change.dropped.length + change.relabelled.length + change.reworded.length;
}
