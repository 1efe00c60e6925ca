/**
 * Every token color of the code samples reads at 4.5:1 (WCAG AA) on the code background, in the
 * light and the dark theme: read from global.css, where both live.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');

const pair = (value: string) => /light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(value)!.slice(1, 3);
const [lightBackground, darkBackground] = pair(/--color-surface-raised:([^;]+);/.exec(css)![1]!);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Each rule whose selector lists only token roles (`.hl-constant, .hl-link`) and sets a color. */
const roles = [...css.matchAll(/\{\s*color:\s*(light-dark\([^)]*\))/g)].flatMap((m) => {
  const before = css.slice(0, m.index);
  const comment = before.lastIndexOf('*/');
  const start = Math.max(
    before.lastIndexOf('}') + 1,
    before.lastIndexOf('{') + 1,
    comment < 0 ? 0 : comment + 2,
  );
  const selector = before.slice(start).trim();
  return /^(?:\.hl-[a-z-]+,?\s*)+$/.test(selector) ? [{ selector, colors: pair(m[1]!) }] : [];
});

test('the stylesheet colors the token roles', () => {
  expect(roles.map((r) => r.selector).join(' ')).toMatch(/hl-keyword.*hl-string.*hl-comment/s);
});

test.each(roles)('$selector reads at 4.5:1 on the code background in both themes', ({ colors }) => {
  expect(contrast(colors[0]!, lightBackground!)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(colors[1]!, darkBackground!)).toBeGreaterThanOrEqual(4.5);
});
