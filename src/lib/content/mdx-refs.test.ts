import { describe, expect, test } from 'vitest';
import { jsxAttributeValues } from './mdx-refs';

describe('jsxAttributeValues', () => {
  test('reads the attribute in either quote style, self-closing or not', () => {
    const mdx = `<HeaderRef name="Accept" /> and <HeaderRef name='Date'/> or <HeaderRef name="Link"></HeaderRef>`;
    expect(jsxAttributeValues(mdx, 'HeaderRef', 'name')).toEqual(['Accept', 'Date', 'Link']);
  });

  test('finds elements inside other elements, lists and table cells, in document order', () => {
    const mdx = [
      '<Callout type="tip">',
      '',
      '- Send <HeaderRef name="Accept" /> first.',
      '',
      '</Callout>',
      '',
      '| Header | Meaning |',
      '| --- | --- |',
      '| <HeaderRef name="X-Retry-After" /> | Seconds |',
      '',
      '<HeaderRef name="Date" />',
    ].join('\n');
    expect(jsxAttributeValues(mdx, 'HeaderRef', 'name')).toEqual(['Accept', 'X-Retry-After', 'Date']);
  });

  test('ignores other components, other attributes, expressions and tags quoted in code', () => {
    const mdx = [
      '<HeaderRefs name="A" /> <HeaderRef title="B" /> <HeaderRef name={"C"} />',
      '',
      'Write `<HeaderRef name="D" />` in a guide.',
      '',
      '```mdx',
      '<HeaderRef name="E" />',
      '```',
    ].join('\n');
    expect(jsxAttributeValues(mdx, 'HeaderRef', 'name')).toEqual([]);
  });

  test('keeps a literal value beside a spread', () => {
    expect(jsxAttributeValues('<CodeRef {...props} code="rest/429" />', 'CodeRef', 'code')).toEqual([
      'rest/429',
    ]);
  });
});
