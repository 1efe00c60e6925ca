/** A code's life across the documentation generations, one row per generation. */
import type { Generation } from '~/schemas/site';
import type { HistoryEntry } from '~/schemas/code';

export interface HistoryRow {
  generation: Generation;
  /** Absent when that generation did not list the code. */
  entry: HistoryEntry | undefined;
  /** True when this generation gave another label than the generation before that listed it. */
  relabelled: boolean;
}

export function historyRows(generations: Generation[], history: HistoryEntry[]): HistoryRow[] {
  let lastLabel: string | undefined;
  return generations.map((generation) => {
    const entry = history.find((h) => h.generation === generation.id);
    const relabelled = !!entry && lastLabel !== undefined && entry.label !== lastLabel;
    if (entry) lastLabel = entry.label;
    return { generation, entry, relabelled };
  });
}
