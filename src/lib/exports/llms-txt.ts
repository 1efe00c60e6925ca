/** The plain-text index of the site for tools (https://llmstxt.org), built from the content model. */
import type { SiteModel } from '~/lib/content/model';
import { buildNumbers, undocumentedNumbers } from '~/lib/content/numbers';
import type { Section } from '~/lib/site/sections';
import { absoluteUrl, apiUrl, homeUrl, numberUrl } from '~/lib/site/urls';

/**
 * One line of an entry: Markdown link syntax would break on brackets and newlines. A link in a
 * summary keeps its text ("see the [guide](/guides/x/)" reads "see the guide").
 */
export const clean = (text: string) =>
  text
    .replace(/\[([^[\]]*)\]\([^)[]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[[\]]/g, '')
    .trim();

export function buildLlmsTxt(model: SiteModel, sections: Section[]): string {
  const url = (path: string) => absoluteUrl(model.site.url, path);
  const item = (title: string, path: string, summary: string) =>
    `- [${clean(title)}](${url(path)}): ${clean(summary)}`;
  const apiName = new Map(model.apis.map((api) => [api.id, api.shortName]));
  const lines = [`# ${model.site.title}`, '', `> ${clean(model.site.description)}`, ''];
  lines.push(item('Home', homeUrl, model.site.description));
  for (const section of sections) lines.push(item(section.title, section.href, section.summary));

  for (const api of model.apis) {
    lines.push('', `## ${api.name}`, '', item(`${api.name} status codes`, apiUrl(api.id), api.description));
    for (const c of model.codes.filter((c) => c.api === api.id)) {
      lines.push(item(`${c.code} ${c.label}${c.legacy ? ' (legacy)' : ''}`, c.url, c.summary));
    }
    for (const e of model.graphqlErrors.filter((e) => e.api === api.id)) {
      lines.push(item(`"${e.message}" (${e.status})`, e.url, e.meaning));
    }
  }
  const group = (title: string, items: string[]) => (items.length ? ['', `## ${title}`, '', ...items] : []);
  lines.push(
    ...group(
      'Status codes by number',
      buildNumbers(model).map((n) =>
        item(
          `${n.code} ${n.name}`,
          numberUrl(n.code),
          `${n.standard ? 'Standard' : 'Not in the IANA registry'}; used by ${[...new Set(n.uses.map((u) => apiName.get(u.api) ?? u.api))].join(', ')}.`,
        ),
      ),
    ),
  );
  lines.push(
    ...group(
      'Other registered codes',
      undocumentedNumbers(model).map((n) =>
        item(`${n.code} ${n.name}`, numberUrl(n.code), 'Standard; no API here lists it.'),
      ),
    ),
  );
  lines.push(
    ...group(
      'Guides',
      model.guides.map((g) => item(g.title, g.url, g.summary)),
    ),
  );
  lines.push(
    ...group(
      'Headers',
      model.headers.map((h) =>
        item(h.name, h.url, h.uses.map((u) => `${u.direction}: ${u.description}`).join(' ')),
      ),
    ),
  );
  lines.push(
    ...group(
      'Troubleshooting',
      model.flows.map((f) => item(f.title, f.url, f.summary)),
    ),
  );
  return `${lines.join('\n')}\n`;
}
