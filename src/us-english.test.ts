/**
 * The site is written in US English, as the API's own docs are (docs/authoring.md). This fails on the
 * common UK forms in what readers see: the content sets, the docs, and the text the site's code
 * shows, which is the text of its templates and the string literals of its modules (not their
 * comments or names, which readers never see).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/**
 * UK spellings with a US form, built so that words spelled alike on both sides pass: the verbs in
 * -ise are listed by stem (advise, otherwise, exercise, precise, raise, promise, enterprise,
 * concise, revise, surprise, comprise, expertise, premise and noise have none of these stems), and
 * the nouns analysis and emphasis lack the verb endings.
 */
const UK_FORMS = [
  // -ise, -isation: recognise, normalise, authorisation, standardised, serialise, summarises…
  /\b(?:de|re|un)?(?:recogn|normal|author|standard|organ|serial|initial|summar|priorit|custom|optim|minim|maxim|categor|apolog|real|util|final|capital|character|sanit|token|visual|special|local|memor|penal|synchron|critic|modern|personal|stabil|general|central|neutral|harmon|item|parameter|random|rational|symbol|digit|monet|public|familiar|mobil|emphas|global|privat|equal|industrial|ideal|material|vapor|jeopard|hospital|legitim|fertil|steril)is(?:e|es|ed|ing|ation|ations|able|er|ers)\b/i,
  // -yse: analyse, paralyse, catalyse (not the plural "analyses")
  /\b(?:analys|paralys|catalys)(?:e|ed|ing)\b/i,
  // -our: behaviour, colour, favour(ite), honour(s), labour, neighbour…
  /\b(?:behavi|col|fav|hon|lab|neighb|hum|flav|rum|harb|vap|arm|endeav|sav|val|vig|parl|od)our(?:s|ed|ing|ite|ites|able|ably|hood|less|er|ers|ful)?\b/i,
  // -re: centre, metre, litre, fibre, theatre…
  /\b(?:cent|met|kilomet|centimet|millimet|lit|fib|theat|calib|sab|somb|spect|lust|meag)re(?:s|d)?\b/i,
  // -ence, -ogue and doubled l
  /\b(?:licence|licences|defence|defences|offence|offences|pretence|catalogue|catalogues|catalogued|analogue)\b/i,
  /\b(?:re)?(?:label|model|travel|cancel|signal|level|fuel|counsel|total|channel|tunnel|marshal)l(?:ed|ing|er|ers)\b/i,
  // Single words
  /\b(?:whilst|amongst|programme|programmes|grey|judgement|judgements|fulfil|fulfils|enrol|enrols|artefact|artefacts|ageing|practis(?:e|es|ed|ing)|cheque|cheques|manoeuvre|storey|mould)\b/i,
];

/** The UK forms in a text, each with the words around it (or alone). */
function ukForms(text: string, around = 30): string[] {
  // The ARIA attribute is spelled so by the specification.
  const clean = text.replace(/aria-labelledby/g, '');
  return UK_FORMS.flatMap((form) =>
    [...clean.matchAll(new RegExp(form.source, 'gi'))].map((m) =>
      clean.slice(Math.max(0, m.index - around), m.index + m[0].length + around).replace(/\s+/g, ' '),
    ),
  );
}
const ukWords = (text: string) => ukForms(text, 0);

/** Attributes whose values are addresses, names or code rather than words shown to readers. */
const NOT_TEXT =
  /^(?:id|class|class:list|href|src|for|name|rel|type|role|data-[\w-]+|aria-(?:labelledby|describedby|controls))$/;

/** String literals, template text and JSX text in TypeScript or TSX source: what a reader may see of it. */
function shownText(source: string, kind: ts.ScriptKind): string[] {
  const file = ts.createSourceFile('shown.tsx', source, ts.ScriptTarget.Latest, false, kind);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    // Addresses and names in markup, such as a stable anchor id, are not text to read.
    if (ts.isJsxAttribute(node) && NOT_TEXT.test(node.name.getText(file))) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/**
 * An Astro component's reader text: its frontmatter's strings, then its template read as TSX
 * (attribute names such as `class:list` are JSX namespaced names), without the HTML comments,
 * doctype and styles that TSX cannot read.
 */
function astroText(source: string): string[] {
  const [, frontmatter = '', template = source] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source) ?? [];
  const markup = template
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '');
  return [...shownText(frontmatter, ts.ScriptKind.TS), ...shownText(`<>${markup}</>`, ts.ScriptKind.TSX)];
}

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-fixtures' ? [] : files(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

/** Each UK form found, as "file: …words around it…". */
function findings(paths: string[], read: (source: string, path: string) => string[]): string[] {
  return paths.flatMap((path) =>
    read(readFileSync(path, 'utf8'), path).flatMap((text) =>
      ukForms(text).map((found) => `${relative(root, path)}: …${found}…`),
    ),
  );
}

describe('US English', () => {
  test('the list catches the UK forms and lets through words spelled alike on both sides', () => {
    const uk =
      'authorisation recognise normalises honours standardised behaviour colour favourite centre licence ' +
      'catalogue labelled relabelled modelling cancelled serialising summarises organisation analyse whilst';
    expect(ukForms(uk)).toHaveLength(uk.split(' ').length);
    const shared =
      'advise otherwise exercise precise raise promise enterprise concise revise surprise comprise ' +
      'expertise premise noise analysis analyses emphasis hour four tour detour your genre acre realistic ' +
      'characteristic specialist license analyze authorization labeled canceled aria-labelledby="x"';
    expect(ukForms(shared)).toEqual([]);
  });

  test('reads what templates and modules show, not their comments or names', () => {
    const astro =
      "---\n// Colour comes from the theme.\nconst behaviour = 'A favourite';\n---\n" +
      '<!-- centre -->\n<p aria-labelledby="t" class:list={[behaviour]} id={`t-relabelled`}>{relabelled && <span>relabelled</span>} Recognised.</p>';
    expect(astroText(astro).flatMap(ukWords)).toEqual(['favourite', 'relabelled', 'Recognised']);
    const module =
      '// normalise it\nconst normalise = (s: string) => s;\nexport const hint = `Nothing recognisable yet`;';
    expect(shownText(module, ts.ScriptKind.TS).flatMap(ukWords)).toEqual(['recognisable']);
  });

  test('the content sets, the docs and the README use none', () => {
    const prose = [
      ...files(join(root, 'content'), /\.(?:md|mdx|ya?ml)$/),
      ...files(join(root, 'examples'), /\.(?:md|mdx|ya?ml)$/),
      ...files(join(root, 'docs'), /\.md$/),
      join(root, 'README.md'),
    ];
    expect(prose.length).toBeGreaterThan(50);
    expect(findings(prose, (source) => [source])).toEqual([]);
  });

  test('the text the components, layouts and pages show uses none', () => {
    const templates = files(join(root, 'src'), /\.astro$/);
    expect(templates.length).toBeGreaterThan(30);
    expect(findings(templates, astroText)).toEqual([]);
  });

  test('the strings the site’s modules show readers use none', () => {
    // Tests and their fixtures hold readers' input, such as a search for "unauthorised".
    const modules = files(join(root, 'src'), /\.ts$/).filter(
      (path) => !/\.test\.ts$|samples\.ts$/.test(path),
    );
    expect(modules.length).toBeGreaterThan(30);
    expect(findings(modules, (source) => shownText(source, ts.ScriptKind.TS))).toEqual([]);
  });
});
