import type { ApiModel, SiteModel } from '~/lib/content/model';
import { groupCodes, troubleshootingGroups } from '~/lib/content/code-tables';
import { codesOf } from '~/lib/content/queries';
import { className } from '~/lib/http/registry';
import { pageSections, trailFrom, type PageFrame } from '../page';
import { apiFacts } from '../search-facts';

/** An API's list of codes (`/API/`): a table per class, its messages, legacy codes, troubleshooting. */
export function apiPage(model: SiteModel, api: ApiModel) {
  const codes = codesOf(model, api.id);
  const { classes, legacy } = groupCodes(codes);
  const troubleshooting = troubleshootingGroups(codes);
  const messages = model.graphqlErrors.filter((e) => e.api === api.id);
  const title = `${api.name} status codes`;
  const sections = pageSections([
    ...classes.map((t) => ({ id: t.statusClass, title: `${t.statusClass} ${className(t.statusClass)}` })),
    { id: 'messages', title: 'Error messages', shown: messages.length > 0 },
    { id: 'legacy', title: 'Legacy codes', shown: legacy.length > 0 },
    { id: 'troubleshooting', title: 'Troubleshooting', shown: troubleshooting.length > 0 },
  ]);
  const frame: PageFrame = {
    title,
    description: `Every HTTP status code the ${api.name} returns, by class, with what each means and what to do.`,
    trail: trailFrom(),
    crumb: api.name,
    toc: sections.toc,
    sourceFile: api.file,
    search: apiFacts(model, api),
  };
  return {
    frame,
    sections: sections.byId,
    classes: classes.map((t) => ({ ...t, section: sections.byId[t.statusClass]! })),
    legacy,
    messages,
    troubleshooting,
    inUse: codes.length - legacy.length,
  };
}
