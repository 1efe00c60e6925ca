import type { HeaderData } from '~/schemas/header';
import { headerSlug, headerUrl } from '~/lib/site/urls';
import type { Header } from '../model';
import { fileOf, type CheckContext, type RawEntry } from './context';

/** The headers by name; each file must be named after its lower-case header. */
export function checkHeaders(raw: RawEntry<HeaderData>[], context: CheckContext): Header[] {
  const headers = raw.map((entry) => {
    const file = fileOf(entry, 'headers');
    const slug = headerSlug(entry.data.name);
    if (entry.id !== slug) context.problems.add(file, 'name', `"${entry.data.name}" must live in ${slug}.yaml`);
    context.headerSlugs.add(entry.id);
    return { ...entry.data, id: entry.id, slug: entry.id, file, url: headerUrl(entry.data.name) };
  });
  return headers.sort((a, b) => a.name.localeCompare(b.name));
}
