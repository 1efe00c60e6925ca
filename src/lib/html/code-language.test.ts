import { expect, test } from 'vitest';
import { codeLanguageName } from './code-language';

test('codeLanguageName: names the language of a fenced block', () => {
  expect(codeLanguageName('<code class="language-http">GET /v3/catalog/products')).toBe('HTTP');
  expect(codeLanguageName('<code class="language-sh">curl')).toBe('Shell');
  expect(codeLanguageName('\n<code class="language-JSON">{}')).toBe('JSON');
});

test('codeLanguageName: nothing for plain text, unknown languages or no language', () => {
  expect(codeLanguageName('<code class="language-text">a')).toBeUndefined();
  expect(codeLanguageName('<code class="language-cobol">a')).toBeUndefined();
  expect(codeLanguageName('<code>GET /</code>')).toBeUndefined();
  // Only the block's own code element counts, not a class further in.
  expect(codeLanguageName('<code>x <span class="language-http"></span></code>')).toBeUndefined();
});
