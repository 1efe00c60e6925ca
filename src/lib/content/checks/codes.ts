import type { CodeData } from '~/schemas/code';
import type { Site } from '~/schemas/site';
import { classOf, lookupStatus } from '~/lib/http/registry';
import { codeUrl } from '~/lib/site/urls';
import { asWords } from '~/lib/text/words';
import type { StatusCode } from '../model';
import { findMarkupProblems } from '../markup';
import { bodyLine, codeKey, fileOf, type CheckContext, type RawEntry } from './context';
import { checkExample } from './examples';

/**
 * The codes of every API, with what the registry and the site's generations say of them. Each must
 * sit in its API's folder, in a file named after it, once, name related headers and guides that
 * exist, list its history in the generations' order, and hold only Markdown in its body.
 */
export function checkCodes(raw: RawEntry<CodeData>[], site: Site, context: CheckContext): StatusCode[] {
  const { problems } = context;
  const generationIds = site.generations.map((g) => g.id);
  const latestGeneration = generationIds.at(-1);
  const seen = new Map<string, string>();
  const codes: StatusCode[] = [];
  for (const entry of raw) {
    const data = entry.data;
    const file = fileOf(entry, 'codes');
    const [folder, name] = entry.id.includes('/') ? entry.id.split('/') : [undefined, entry.id];

    context.api(file, 'api', data.api);
    if (context.apiIds.has(data.api) && folder !== undefined && folder !== data.api)
      problems.add(file, 'api', `says "${data.api}" but the file is in the "${folder}" folder`);

    // The page's address comes from the code, the file's from its name: they must agree.
    if (name !== String(data.code))
      problems.add(file, 'code', `says ${data.code} but the file is named ${name}: the two must match`);

    const key = codeKey(data.api, data.code);
    const other = seen.get(key);
    if (other) problems.add(file, 'code', `${data.code} of "${data.api}" is already defined in ${other}`);
    seen.set(key, file);

    const standard = lookupStatus(data.code);
    if (!standard && !data.origin)
      problems.add(file, 'origin', `${data.code} is not in the IANA registry: say where it comes from`);
    if (standard && data.origin)
      problems.add(file, 'origin', `${data.code} is a registered code (${standard.phrase}): remove origin`);

    let previousIndex = -1;
    data.history.forEach((h, i) => {
      const index = generationIds.indexOf(h.generation);
      if (index === -1)
        problems.add(
          file,
          `history[${i}].generation`,
          `no generation "${h.generation}" in site.yaml (known: ${generationIds.join(', ')})`,
        );
      else if (index <= previousIndex)
        problems.add(file, `history[${i}].generation`, 'list generations once each, oldest first');
      previousIndex = Math.max(previousIndex, index);
    });

    const hasFixes = data.causes.length > 0 || data.solutions.length > 0;
    if (hasFixes && !data.causesSource)
      problems.add(
        file,
        'causesSource',
        'say where the causes and solutions come from: documented (the docs’ troubleshooting table) or ours',
      );
    if (!hasFixes && data.causesSource)
      problems.add(file, 'causesSource', 'there are no causes or solutions to come from anywhere: remove it');

    for (const p of findMarkupProblems(entry.body, 'markdown'))
      problems.add(file, bodyLine(entry, p.line), p.message);

    data.headers.forEach((header, i) => context.header(file, `headers[${i}]`, header));
    data.guides.forEach((slug, i) => context.guide(file, `guides[${i}]`, slug));
    checkExample(file, data.example, problems);

    codes.push({
      ...data,
      id: entry.id,
      file,
      url: codeUrl(data.api, data.code),
      statusClass: classOf(data.code),
      standard,
      legacy: !data.history.some((h) => h.generation === latestGeneration),
    });
    context.codeKeys.add(key);
  }
  checkOtherNames(codes, context);
  return codes;
}

/**
 * Search opens a code's page for any of its names typed whole (lib/search/reading.ts): each other
 * name (`alsoCalled`) must name one code of its API, and add to the names the code already has.
 */
function checkOtherNames(codes: StatusCode[], { problems }: CheckContext): void {
  const owner = new Map<string, StatusCode>();
  const key = (code: StatusCode, name: string) => `${code.api} ${asWords(name)}`;
  for (const code of codes)
    for (const name of [
      code.label,
      ...(code.standard ? [code.standard.phrase, ...code.standard.formerPhrases.map((f) => f.phrase)] : []),
    ])
      owner.set(key(code, name), code);
  for (const code of codes)
    code.alsoCalled.forEach((name, i) => {
      const other = owner.get(key(code, name));
      if (other === code)
        problems.add(code.file, `alsoCalled[${i}]`, `"${name}" is already its label or standard phrase`);
      else if (other)
        problems.add(code.file, `alsoCalled[${i}]`, `"${name}" already names ${other.code} (${other.file})`);
      else owner.set(key(code, name), code);
    });
}
