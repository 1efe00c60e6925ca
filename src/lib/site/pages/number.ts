import type { SiteModel } from '~/lib/content/model';
import { buildNumbers, type StatusNumber } from '~/lib/content/numbers';
import { apiOf } from '~/lib/content/queries';
import { CLASS_MEANINGS, statusMeaning } from '~/lib/http/meanings';
import { className } from '~/lib/http/registry';
import { pageSections, trailFrom, type PageFrame } from '../page';
import { SECTIONS } from '../sections';
import { numberUrl } from '../urls';

const numberLink = (x: StatusNumber | undefined) =>
  x && { href: numberUrl(x.code), label: `${x.code} ${x.name}` };

/** A number's page (`/codes/429/`): its standard meaning and how each API uses it, or that none does. */
export function numberPage(
  model: SiteModel,
  n: StatusNumber,
  previous: StatusNumber | undefined,
  next: StatusNumber | undefined,
) {
  const apiName = (id: string) => apiOf(model, id).name;
  const { apis } = model;
  const listed = n.uses.length > 0;
  const sameClass = listed ? [] : buildNumbers(model).filter((x) => x.statusClass === n.statusClass);
  const sections = pageSections([
    { id: 'standard', title: 'What it means in HTTP' },
    { id: 'by-api', title: 'How each API uses it' },
    { id: 'messages', title: 'Error messages', shown: n.messages.length > 0 },
  ]);
  const frame: PageFrame = {
    title: `HTTP ${n.code} ${n.name}`,
    description: listed
      ? `${n.code} ${n.name}: the standard meaning and how ${n.uses.map((u) => apiName(u.api)).join(' and ')} use${n.uses.length === 1 ? 's' : ''} it.`
      : `${n.code} ${n.name}: the standard meaning. No API documented here lists ${n.code}.`,
    trail: trailFrom({ label: 'Codes', href: SECTIONS.numbers.href }),
    crumb: String(n.code),
    toc: sections.toc,
    previous: numberLink(previous),
    next: numberLink(next),
    search: { kind: 'Reference', code: n.code },
  };
  return {
    frame,
    sections: sections.byId,
    /** What HTTP itself means by the code (inline Markdown), for a registered one. */
    meaning: statusMeaning(n.code),
    /** What its class says of it, in HTTP's terms. */
    classMeaning: `As every ${n.statusClass} code (${className(n.statusClass).toLowerCase()}), it says that ${CLASS_MEANINGS[n.statusClass]}.`,
    listed,
    uses: n.uses.map((use) => ({ ...use, apiName: apiName(use.api) })),
    /** For a code no API lists: that, in words. */
    notListed:
      apis.length === 1
        ? `The ${apis[0]!.name} does not list ${n.code} among its status codes.`
        : apis.length === 2
          ? `Neither the ${apis[0]!.name} nor the ${apis[1]!.name} lists ${n.code} among its status codes.`
          : `None of the APIs documented here lists ${n.code} among its status codes.`,
    /** For a code no API lists: the codes of its class they do list, introduced in words. */
    sameClass,
    sameClassIntro:
      sameClass.length > 0
        ? `The ${n.statusClass} codes ${apis.length === 1 ? 'it lists' : 'they list'}:`
        : `${apis.length === 1 ? 'It lists' : 'They list'} no ${n.statusClass} code.`,
  };
}
