/** The components guides may use, handed to every rendered guide (no imports in MDX files). */
import Callout from './Callout.astro';
import CodeBlock from './CodeBlock.astro';
import CodeRef from './CodeRef.astro';
import Example from './Example.astro';
import HeaderRef from './HeaderRef.astro';
import HeaderTable from '~/components/header/HeaderTable.astro';
import OperatorTable from './OperatorTable.astro';
import RetryTable from './RetryTable.astro';
import type { GuideComponent } from '~/lib/content/markup';

export const mdxComponents = {
  Callout,
  CodeRef,
  Example,
  HeaderRef,
  HeaderTable,
  OperatorTable,
  RetryTable,
  pre: CodeBlock,
  // The content check refuses any other component in a guide (lib/content/markup.ts).
} satisfies Record<GuideComponent | 'pre', unknown>;
