import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { inlineMarkdown, inlineMarkdownProblems, parseInlineMarkdown, plainText } from './markdown';

/** Every string in the YAML files and Markdown front matter under `folder`. */
function contentStrings(folder: string): string[] {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const text = /\.(?:ya?ml|mdx?)$/.test(file) ? readFileSync(join(folder, file), 'utf8') : '';
    const front =
      file.endsWith('.yaml') || file.endsWith('.yml') ? text : /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (front) collect(yaml.load(front));
  }
  return strings;
}

describe('inlineMarkdown', () => {
  test('renders code spans, emphasis and links as inline HTML', () => {
    expect(inlineMarkdown('Send `Accept` to [406](/rest/406/), **now**')).toBe(
      'Send <code>Accept</code> to <a href="/rest/406/">406</a>, <strong>now</strong>',
    );
  });
});

describe('inlineMarkdown on plain text (which skips the parser)', () => {
  const edgeCases = [
    '',
    'Plain words, a comma; a stop.',
    "The client's token",
    'Say "hello" (twice)',
    ' leading and trailing ',
    'two  spaces',
    'a\ttab',
    'The API’s docs — 100% #1 a|b {x} ^y $z',
    'Retry-After: 30',
    'see www.example.com',
    'mail dev@example.com',
    'snake_case and *stars*',
    'line\nbreak',
    'fish & chips',
    'a > b < c',
    '[not] a link!',
    '`code`',
    '~strike~',
    'back\\slash',
  ];

  test('renders exactly what the parser renders', () => {
    for (const text of edgeCases) expect(inlineMarkdown(text), text).toBe(parseInlineMarkdown(text));
  });

  test('renders every line of both content sets exactly as the parser does', () => {
    const strings = [...contentStrings('content'), ...contentStrings('examples')];
    expect(strings.length).toBeGreaterThan(1000);
    for (const text of strings) expect(inlineMarkdown(text), text).toBe(parseInlineMarkdown(text));
  });
});

describe('inlineMarkdown with HTML or unsafe links (refused by the content check, harmless here too)', () => {
  test('shows HTML as text', () => {
    expect(inlineMarkdown('Try <img src=x onerror=alert(1)> now')).toBe(
      'Try &lt;img src=x onerror=alert(1)&gt; now',
    );
    expect(inlineMarkdown('<a href="/x/">x</a>')).toBe('&lt;a href=&quot;/x/&quot;&gt;x&lt;/a&gt;');
  });

  test('keeps the text of a link to an unsafe address, without the address', () => {
    expect(inlineMarkdown('See [the fix](javascript:alert(1)), **[now](vbscript:x)**')).toBe(
      'See the fix, <strong>now</strong>',
    );
    expect(inlineMarkdown('<javascript:alert(1)>')).toBe('javascript:alert(1)');
  });

  test('keeps the description of an image from an unsafe address', () => {
    expect(inlineMarkdown('![a chart](data:image/svg+xml,x)')).toBe('a chart');
  });
});

describe('inlineMarkdownProblems', () => {
  test('finds nothing in Markdown without HTML or unsafe links', () => {
    expect(
      inlineMarkdownProblems(
        'Send `<Accept>` to [406](/rest/406/#causes) or [RFC](https://rfc-editor.org/).',
      ),
    ).toEqual([]);
    expect(inlineMarkdownProblems('Escaped \\<b> is text, and 1 < 2 > 0.')).toEqual([]);
  });

  test('names HTML, each tag and comment as written', () => {
    expect(inlineMarkdownProblems('Run <img src=x onerror=alert(1)> and <!-- note -->')).toEqual([
      'HTML is not allowed in content, only Markdown: "<img src=x onerror=alert(1)>"',
      'HTML is not allowed in content, only Markdown: "<!-- note -->"',
    ]);
  });

  test('names links and images to unsafe addresses, also inside emphasis and written as autolinks', () => {
    expect(
      inlineMarkdownProblems(
        '[a](javascript:alert(1)) **[b](&#106;avascript:x)** <vbscript:x> ![c](data:image/png;base64,AA)',
      ),
    ).toEqual([
      'link "javascript:alert(1)": a javascript: URL runs code when followed',
      'link "&#106;avascript:x": a javascript: URL runs code when followed',
      'link "vbscript:x": a vbscript: URL runs code when followed',
      'image "data:image/png;base64,AA": a data: URL can hold a page with scripts of its own',
    ]);
  });
});

describe('plainText', () => {
  test('keeps link texts and drops code ticks and emphasis', () => {
    expect(plainText('An `errors` array; see [401 Unauthorized](/rest/401/), **always**.')).toBe(
      'An errors array; see 401 Unauthorized, always.',
    );
  });

  test('keeps the underscores of snake_case names, in code spans and in prose', () => {
    expect(plainText('Use `include_fields` or `exclude_fields`.')).toBe(
      'Use include_fields or exclude_fields.',
    );
    expect(plainText('Sort by date_modified or date_created.')).toBe(
      'Sort by date_modified or date_created.',
    );
  });

  test('gives back characters as written, not as HTML entities', () => {
    expect(plainText(`The store's "orders" & 1 < 2`)).toBe(`The store's "orders" & 1 < 2`);
  });

  test('leaves text without Markdown unchanged', () => {
    const text = 'Every HTTP status code the API returns, by class, with what each means.';
    expect(plainText(text)).toBe(text);
  });
});
