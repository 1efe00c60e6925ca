/**
 * The text of a Markdown node as the reader will see it, read from the syntax tree before MDX
 * components render. A reference component shows what it names, which its attributes say; any
 * other component shows its children.
 */
import type { ElementContent, RootContent } from 'hast';
import type { MdxJsxAttributeUnion } from 'satteri';

type Attributes = MdxJsxAttributeUnion[];

const literal = (attributes: Attributes, name: string) => {
  const found = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/**
 * What the reference components of components/mdx/ show, from their attributes. CodeRef without a
 * label shows the code's label from the content, which the tree does not know: it reads as the
 * code it names (`rest/429`).
 */
const REFERENCES: Record<string, (attributes: Attributes) => string | undefined> = {
  HeaderRef: (a) => literal(a, 'name'),
  CodeRef: (a) => literal(a, 'label') ?? literal(a, 'code'),
};

/**
 * The node's text; `gap` goes around each element's, where the rendered markup has a tag that may
 * separate two words (`a<br>b`).
 */
export function textOf(node: RootContent | ElementContent, gap = ''): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'element':
      return gap + node.children.map((child) => textOf(child, gap)).join('') + gap;
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement': {
      const reference = node.name ? REFERENCES[node.name]?.(node.attributes) : undefined;
      return gap + (reference ?? node.children.map((child) => textOf(child, gap)).join('')) + gap;
    }
    default:
      return '';
  }
}

/** Text as one line: whitespace collapsed, ends trimmed. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
