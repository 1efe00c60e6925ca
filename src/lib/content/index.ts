/**
 * The one place that loads content: every collection once, cross-checked by buildModel, exported as
 * typed arrays. Pages import from here and never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentRoot } from '~/integrations/content-root';
import { FileDates } from './file-dates';
import { buildModel, type Guide, type StatusCode } from './model';
import { buildNavigation } from '~/lib/site/navigation';

const [siteRaw, apisRaw, codesRaw, errorsRaw, headersRaw, guidesRaw, flowsRaw] = await Promise.all([
  getCollection('site'),
  getCollection('apis'),
  getCollection('codes'),
  getCollection('graphqlErrors'),
  getCollection('headers'),
  getCollection('guides'),
  getCollection('flows'),
]);

export const model = buildModel({
  site: siteRaw,
  apis: apisRaw,
  codes: codesRaw,
  graphqlErrors: errorsRaw,
  headers: headersRaw,
  guides: guidesRaw,
  flows: flowsRaw,
});
export const { site, apis, codes, graphqlErrors, headers, guides, flows } = model;
/** When each content file last changed (its pages' "Last updated"): the build runs at the project root. */
export const fileDates = new FileDates(process.cwd(), contentRoot());
/** The sidebar, built once for all pages. */
export const navigation = buildNavigation(model);

const codeEntries = new Map(codesRaw.map((e) => [e.id, e]));
const guideEntries = new Map(guidesRaw.map((e) => [e.id, e]));

/** The MDX entry behind a code, for render() in its route file. */
export function codeEntry(code: StatusCode): CollectionEntry<'codes'> {
  return codeEntries.get(code.id)!;
}

/** The MDX entry behind a guide, for render() in its route file. */
export function guideEntry(guide: Guide): CollectionEntry<'guides'> {
  return guideEntries.get(guide.id)!;
}
