/**
 * The site's code knows nothing of the default content: no vendor name, no API id as a literal, no
 * header name. The facts are read from content/, so the check follows the content as it grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const content = join(root, 'content');
const readYaml = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Source files outside tests and test fixtures. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-fixtures' ? [] : sourceFiles(path);
    return /\.(?:ts|astro|css|mjs)$/.test(entry.name) && !/\.test\.ts$|samples\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

const sources = sourceFiles(join(root, 'src')).map((file) => ({
  file: file.slice(root.length),
  text: readFileSync(file, 'utf8'),
}));
const found = (test: (text: string) => boolean) => sources.filter((s) => test(s.text)).map((s) => s.file);

describe('src/ is free of the default content', () => {
  it('never names the vendor', () => {
    const vendor = String(readYaml(join(content, 'site.yaml')).vendor).toLowerCase();
    expect(vendor.length).toBeGreaterThan(2);
    expect(found((text) => text.toLowerCase().includes(vendor))).toEqual([]);
  });

  it('never uses an API id as a string literal', () => {
    const ids = readdirSync(join(content, 'apis')).map((f) => f.replace(/\.ya?ml$/, ''));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const literal = new RegExp(`(['"\`])/?${id}/?\\1`, 'i');
      expect(
        found((text) => literal.test(text)),
        id,
      ).toEqual([]);
    }
  });

  it('never names a header of the content', () => {
    // Vendor headers only: standard ones (Content-Type, Location) are HTTP itself, not content.
    const vendorNames = readdirSync(join(content, 'headers'))
      .map((f) => readYaml(join(content, 'headers', f)))
      .filter((h) => h.origin === 'vendor')
      .map((h) => String(h.name).toLowerCase());
    expect(vendorNames.length).toBeGreaterThan(3);
    for (const name of vendorNames)
      expect(
        found((text) => text.toLowerCase().includes(name)),
        name,
      ).toEqual([]);
  });
});
