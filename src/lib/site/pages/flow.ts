import type { Flow, SiteModel } from '~/lib/content/model';
import { nodeOrder } from '~/lib/content/flows';
import { apiOf } from '~/lib/content/queries';
import { trailFrom, type PageFrame } from '../page';
import { FLOW_FACTS } from '../search-facts';
import { SECTIONS } from '../sections';

/** A troubleshooting flow's page: its steps in reading order, numbered, and the codes it serves. */
export function flowPage(model: SiteModel, flow: Flow) {
  const order = nodeOrder(flow);
  const frame: PageFrame = {
    title: flow.title,
    description: flow.summary,
    trail: trailFrom({ label: SECTIONS.troubleshooting.title, href: SECTIONS.troubleshooting.href }),
    sourceFile: flow.file,
    search: FLOW_FACTS,
  };
  return {
    frame,
    order,
    numbers: Object.fromEntries(order.map((id, i) => [id, i + 1])),
    served: flow.codes.map((ref) => {
      const code = model.codeByKey.get(ref)!;
      return { ...code, apiShortName: apiOf(model, code.api).shortName };
    }),
  };
}
