/**
 * Every package the project's code imports is named in package.json. npm hoists what the declared
 * packages depend on to the top of node_modules, so an import of an undeclared one works until an
 * update moves or drops it: astro.config.mjs imported Astro's Markdown processor that way.
 */
import { globSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { expect, test } from 'vitest';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as Record<
  'dependencies' | 'devDependencies',
  Record<string, string>
>;
const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);

const SOURCES = ['*.{ts,mjs,js}', '{src,scripts,e2e}/**/*.{ts,mjs,js,astro}'];

/**
 * The specifiers of import and export statements (the `from` may end a statement's last line) and of
 * dynamic imports; statements start their line, so words in comments and strings are not read.
 */
const SPECIFIER =
  /^[ \t]*(?:(?:import|export|\})[^'"\n]*?\sfrom|import)\s+['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/gm;

/** The package a bare specifier names, or undefined for a path, a builtin or a virtual module. */
function packageOf(specifier: string): string | undefined {
  if (/^(?:\.|\/|~\/|node:|astro:|virtual:)/.test(specifier)) return undefined;
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return builtinModules.includes(name) ? undefined : name;
}

/** Whether package.json names `name`, or its types (`import type … from 'hast'`). */
const isDeclared = (name: string) => declared.has(name) || declared.has(`@types/${name}`);

test('packageOf reads the package name from a specifier', () => {
  expect(packageOf('astro/config')).toBe('astro');
  expect(packageOf('@astrojs/markdown-satteri')).toBe('@astrojs/markdown-satteri');
  expect(packageOf('@playwright/test/reporter')).toBe('@playwright/test');
  expect(packageOf('~/lib/site/urls')).toBeUndefined();
  expect(packageOf('node:fs')).toBeUndefined();
  expect(packageOf('fs')).toBeUndefined();
  expect(packageOf('astro:content')).toBeUndefined();
  expect(packageOf('./page-css')).toBeUndefined();
});

test('every imported package is declared in package.json', () => {
  const files = SOURCES.flatMap((pattern) =>
    globSync(pattern, { cwd: root, exclude: (path) => path.includes('node_modules') }),
  );
  expect(files.length).toBeGreaterThan(100);
  const undeclared = files.flatMap((file) =>
    Array.from(readFileSync(new URL(file, root), 'utf8').matchAll(SPECIFIER), (m) => packageOf(m[1] ?? m[2]!))
      .filter((name): name is string => name !== undefined && !isDeclared(name))
      .map((name) => `${file}: ${name}`),
  );
  expect(undeclared).toEqual([]);
});
