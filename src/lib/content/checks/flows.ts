import type { FlowData } from '~/schemas/flow';
import { flowUrl } from '~/lib/site/urls';
import { findFlowProblems } from '../flows';
import type { Flow } from '../model';
import { fileOf, type CheckContext, type RawEntry } from './context';

/** The troubleshooting flows by title: each serves codes that exist, and its graph holds together. */
export function checkFlows(raw: RawEntry<FlowData>[], context: CheckContext): Flow[] {
  const flows = raw.map((entry) => {
    const file = fileOf(entry, 'flows');
    entry.data.codes.forEach((ref, i) => context.code(file, `codes[${i}]`, ref));
    for (const p of findFlowProblems(entry.data)) context.problems.add(file, p.field, p.message);
    return { ...entry.data, id: entry.id, slug: entry.id, file, url: flowUrl(entry.id) };
  });
  return flows.sort((a, b) => a.title.localeCompare(b.title));
}
