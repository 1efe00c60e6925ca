import type { Root } from 'hast';
import { mdxToHast } from 'satteri';
import { expect, test } from 'vitest';
import { oneLine, textOf } from './text';

const firstBlock = (mdx: string) => (mdxToHast(mdx, { position: false }) as Root).children[0]!;

test('textOf: a reference component reads as what it names', () => {
  expect(textOf(firstBlock('See <HeaderRef name="X-Retry-After" />.'))).toBe('See X-Retry-After.');
  expect(
    textOf(firstBlock('<CodeRef code="rest/429" label="Too many" /> or <CodeRef code="rest/404" />')),
  ).toBe('Too many or rest/404');
});

test('textOf: other components read as their children, expressions as nothing', () => {
  expect(textOf(firstBlock('<Callout type="tip">Wait *15* seconds</Callout>'))).toBe('Wait 15 seconds');
  expect(textOf(firstBlock('A {1 + 1} B'))).toBe('A  B');
});

test('textOf: a gap around each element keeps words from running together', () => {
  expect(textOf(firstBlock('a<br />b'), ' ')).toContain('a  b');
  expect(textOf(firstBlock('`page`_size_'))).toBe('pagesize');
});

test('oneLine collapses whitespace', () => {
  expect(oneLine('\n  What  it\n does ')).toBe('What it does');
});
