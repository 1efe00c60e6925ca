import { describe, expect, test } from 'vitest';
import {
  classAttributes,
  classCandidates,
  inlineScripts,
  PageCssTrimmer,
  prunableClasses,
  pruneStylesheet,
  selectorClasses,
} from './page-css';

const css =
  '@layer theme,base,components,utilities;' +
  '@layer theme{:root{--color-ink:#111}}' +
  '@layer components{.chip{padding:1px}.unused-component{color:red}}' +
  '@layer utilities{' +
  '.mt-0\\.5{margin-top:2px}.mt-4{margin-top:16px}' +
  '.aria-\\[current\\=page\\]\\:font-semibold[aria-current=page]{font-weight:600}' +
  '.\\[\\&_a\\]\\:underline a{text-decoration:underline}' +
  ':where(.space-y-2>:not(:last-child)){margin-block-end:8px}' +
  '.prose :where(a):not(:where(.not-prose,.not-prose *)){color:blue}' +
  '.before\\:content-\\[\\"\\{\\"\\]:before{content:"{"}' +
  '.a,.b{color:green}' +
  '@media (width>=40rem){.sm\\:px-8{padding-inline:32px}.sm\\:unused{color:red}}' +
  '@media (hover:hover){.hover\\:unused:hover{color:red}}' +
  '}';

const keep = (...names: string[]) => {
  const set = new Set(names);
  return pruneStylesheet(css, (name) => set.has(name));
};

describe('selectorClasses', () => {
  test('reads escaped names as HTML writes them', () => {
    expect(selectorClasses('.mt-0\\.5')).toEqual(['mt-0.5']);
    expect(selectorClasses('.aria-\\[current\\=page\\]\\:font-semibold[aria-current=page]')).toEqual([
      'aria-[current=page]:font-semibold',
    ]);
    expect(selectorClasses('.\\[\\&_a\\]\\:underline a')).toEqual(['[&_a]:underline']);
    expect(selectorClasses('.\\32 xl\\:p-1')).toEqual(['2xl:p-1']);
  });

  test('ignores classes an element must not have', () => {
    expect(selectorClasses('.prose :where(a):not(:where(.not-prose,.not-prose *))')).toEqual(['prose']);
  });
});

describe('pruneStylesheet', () => {
  test('drops the utilities no one names and keeps the ones named', () => {
    const out = keep('mt-0.5', 'sm:px-8');
    expect(out).toContain('.mt-0\\.5{margin-top:2px}');
    expect(out).toContain('@media (width>=40rem){.sm\\:px-8{padding-inline:32px}}');
    expect(out).not.toContain('mt-4');
    expect(out).not.toContain('sm\\:unused');
  });

  test('drops an at-rule block left empty', () => {
    expect(keep()).not.toContain('@media');
  });

  test('prunes components like utilities, and never touches theme or base', () => {
    const out = keep('chip');
    expect(out).toContain('@layer theme,base,components,utilities;');
    expect(out).toContain('@layer theme{:root{--color-ink:#111}}');
    expect(out).toContain('@layer components{.chip{padding:1px}}');
    expect(out).not.toContain('unused-component');
  });

  test('keeps a selector without classes, and variants by their class', () => {
    const out = keep('aria-[current=page]:font-semibold', '[&_a]:underline', 'space-y-2');
    expect(out).toContain('[aria-current=page]{font-weight:600}');
    expect(out).toContain('.\\[\\&_a\\]\\:underline a{');
    expect(out).toContain(':where(.space-y-2>:not(:last-child))');
  });

  test('keeps the used part of a selector list', () => {
    expect(keep('b')).toContain('.b{color:green}');
    expect(keep('b')).not.toContain('.a,');
  });

  test('reads braces inside strings as text', () => {
    const out = keep('before:content-["{"]', 'prose');
    expect(out).toContain('content:"{"');
    expect(out).toContain('.prose :where(a)');
    expect(out.endsWith('}')).toBe(true);
  });

  test('keeping every class changes nothing', () => {
    expect(pruneStylesheet(css, () => true)).toBe(css);
  });
});

test('prunableClasses lists the classes of the utility and component layers', () => {
  const names = prunableClasses(css);
  expect(names).toContain('mt-0.5');
  expect(names).toContain('sm:unused');
  expect(names).toContain('chip');
  expect(names).not.toContain('root');
});

test('classCandidates splits markup and scripts, decoding entities', () => {
  const words = classCandidates(
    '<a class="mt-4 [&amp;_a]:underline" href="/x">x</a><script>h("td",{class:"sm:px-8"})</script>',
  );
  expect(words).toContain('mt-4');
  expect(words).toContain('[&_a]:underline');
  expect(words).toContain('sm:px-8');
});

test('classAttributes and inlineScripts find where a page names classes', () => {
  const html =
    '<p class="mt-4 text-sm">a</p><p class="mt-4 text-sm">b</p><div data-class="x" class="chip"></div>' +
    '<script>el.classList.add("is-guided")</script><script type="module" src="/a.js"></script>';
  expect([...classAttributes(html)]).toEqual(['mt-4 text-sm', 'chip']);
  expect(inlineScripts(html)).toEqual(['el.classList.add("is-guided")']);
});

describe('PageCssTrimmer', () => {
  test('keeps what the page, its inline scripts and the client scripts name', () => {
    const trimmer = new PageCssTrimmer(['h("div", { class: "sm:px-8" })']);
    const out = trimmer.trimFor(css, '<p class="mt-4">x</p><script>el.className = "b"</script>');
    expect(out).toContain('.mt-4{');
    expect(out).toContain('.sm\\:px-8{');
    expect(out).toContain('.b{');
    expect(out).not.toContain('mt-0\\.5');
  });

  test('gives pages with the same classes the same stylesheet', () => {
    const trimmer = new PageCssTrimmer([]);
    expect(trimmer.trimFor(css, '<p class="chip">a</p>')).toBe(trimmer.trimFor(css, '<p class="chip">b</p>'));
    expect(trimmer.trimFor(css, '<p class="chip">a</p>')).not.toBe(
      trimmer.trimFor(css, '<p class="mt-4">a</p>'),
    );
  });
});
