/**
 * What a guide's MDX components refer to (`<HeaderRef name="Accept" />`), read from its syntax
 * tree, so that only elements MDX renders count: not a tag quoted in a code span, nor a longer
 * component name that starts the same.
 */
import { mdxToMdast } from 'satteri';

/** The parts of satteri's Markdown and MDX syntax tree that the content checks read. */
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** Node types of a component element (`<HeaderRef />`), on a line of its own or within text. */
export const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * The values of `attribute` on each `<component>` element of an MDX document, in document order.
 * Only literal values count (`name="x"`, `name='x'`); an expression (`name={x}`) has no value
 * before the page renders.
 */
export function jsxAttributeValues(mdx: string, component: string, attribute: string): string[] {
  const values: string[] = [];
  const visit = (node: MdxNode) => {
    if (JSX_ELEMENTS.has(node.type) && node.name === component) {
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name === attribute && typeof a.value === 'string')
          values.push(a.value);
      }
    }
    node.children?.forEach(visit);
  };
  visit(mdxToMdast(mdx, { position: false }) as MdxNode);
  return values;
}
