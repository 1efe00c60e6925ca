/**
 * What the Markdown body of a code page and the MDX of a guide may not hold, read from their syntax
 * trees as the site's Markdown pipeline parses them: HTML, which would run on the page, and links
 * or images to unsafe addresses (lib/html/safe-url.ts). A guide holds Markdown and the site's
 * guide components with plain attribute values; `{…}` expressions and import/export are JavaScript,
 * which could write any HTML, so they are refused as well.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { quoted, rawHtmlProblem, unsafeLinkProblem } from '~/lib/html/markdown';
import { unsafeUrlReason } from '~/lib/html/safe-url';
import { JSX_ELEMENTS, type MdxNode as Node } from './mdx-refs';

/** The components a guide may use; src/components/mdx/index.ts hands exactly these to every guide. */
export const GUIDE_COMPONENTS = [
  'Callout',
  'CodeRef',
  'Example',
  'HeaderRef',
  'HeaderTable',
  'OperatorTable',
  'RetryTable',
] as const;
export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];

export interface MarkupProblem {
  /** Line in the body, counted from 1. */
  line: number;
  message: string;
}

/** Characters without which a body holds no HTML, link, image, expression or import. */
const MAY_HOLD_MARKUP = { markdown: /<|\]\(|\]:/, mdx: /<|\]\(|\]:|\{|^(?:import|export)\b/m };

const EXPRESSIONS = new Set(['mdxFlowExpression', 'mdxTextExpression']);
const LINKS = new Set(['link', 'image', 'definition']);
const COMPONENTS = new Set<string>(GUIDE_COMPONENTS);

/** Every problem in a Markdown (`markdown`) or MDX (`mdx`) body, in document order. */
export function findMarkupProblems(body: string | undefined, format: 'markdown' | 'mdx'): MarkupProblem[] {
  if (!body || !MAY_HOLD_MARKUP[format].test(body)) return [];
  const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
  const problems: MarkupProblem[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    const add = (message: string) => problems.push({ line, message });
    if (node.type === 'html') add(rawHtmlProblem(node.value ?? ''));
    else if (LINKS.has(node.type) && node.url !== undefined) {
      const reason = unsafeUrlReason(node.url);
      if (reason) add(unsafeLinkProblem(node.type === 'image' ? 'image' : 'link', node.url, reason));
    } else if (JSX_ELEMENTS.has(node.type)) {
      const name = node.name ?? '';
      if (!COMPONENTS.has(name))
        add(
          /^[a-z]/.test(name) || !name
            ? `HTML is not allowed in a guide, only Markdown and the guide components: <${name}>`
            : `<${name}> is not a guide component (they are ${GUIDE_COMPONENTS.join(', ')})`,
        );
      for (const attribute of node.attributes ?? [])
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object'))
          add(`<${name}>: give attributes plain values (name="value"), not {…} expressions`);
    } else if (EXPRESSIONS.has(node.type))
      add(`${quoted(`{${node.value ?? ''}}`)} is a JavaScript expression: put braces that are text in a code span`);
    else if (node.type === 'mdxjsEsm') add(`import and export are not allowed in a guide: ${quoted(node.value ?? '')}`);
    node.children?.forEach(visit);
  };
  visit(parse(body) as Node);
  return problems;
}

/**
 * A Markdown or MDX file's frontmatter block, as Astro's content loader finds it: fenced by `---`
 * (or TOML's `+++`) at the start of the file, after a byte-order mark or blank lines.
 */
const FRONTMATTER = /^(?:\uFEFF|\s*\n)?(---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+)/;

/**
 * The body of a Markdown or MDX file as the content loader gives it: the text after the
 * frontmatter, trimmed. The content store keeps no copy of a code page's body (integrations/
 * content-check.ts): the checks read it from the file when the entry came from the content cache.
 */
export function fileBody(fileText: string): string {
  const match = FRONTMATTER.exec(fileText);
  if (!match) return fileText.trim();
  // The loader removes the block only when it closes with the fence it opened with.
  const fence = match[1]!;
  const block = match[0].slice(match[0].indexOf(fence));
  return (block.endsWith(fence) ? fileText.replace(block, '') : fileText).trim();
}

/** The line of a content file on which its body (as the content loader trims it) begins. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = body ? fileText.indexOf(body.trim()) : -1;
  return at < 0 ? 1 : fileText.slice(0, at).split('\n').length;
}
