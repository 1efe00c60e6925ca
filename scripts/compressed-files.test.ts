/** The server's compressed copies: made once per version of a file, bounded, retried after a failure. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { CompressedFiles } from './compressed-files.mjs';

const work = mkdtempSync(join(tmpdir(), 'compressed-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A file of `count` distinct lines, so that its copies differ in size with it. */
function file(name: string, count: number) {
  const path = join(work, name);
  writeFileSync(path, Array.from({ length: count }, (_, i) => `<p>Line ${i} of ${name}</p>`).join('\n'));
  return path;
}

describe('CompressedFiles', () => {
  test('makes each copy once per version of its file, in each encoding', async () => {
    const copies = new CompressedFiles();
    const path = file('page.html', 50);
    const br = copies.get(path, 'v1', 'br');
    expect(copies.get(path, 'v1', 'br')).toBe(br);
    expect(brotliDecompressSync(await br).toString('utf8')).toContain('Line 49 of page.html');
    expect(gunzipSync(await copies.get(path, 'v1', 'gzip')).toString('utf8')).toContain('Line 49');
    const changed = copies.get(path, 'v2', 'br');
    expect(changed).not.toBe(br);
    const [newer, gzip] = await Promise.all([changed, copies.get(path, 'v1', 'gzip')]);
    // The copy of the older version no longer counts.
    expect(copies.bytes).toBe(newer.length + gzip.length);
  });

  test('keeps at most its limit, dropping the copy sent least recently', async () => {
    const [a, b, c] = ['a.html', 'b.html', 'c.html'].map((name) => file(name, 400));
    const sizes = await Promise.all([a, b, c].map((path) => new CompressedFiles().get(path!, 'v', 'br')));
    const copies = new CompressedFiles(sizes[0]!.length + sizes[1]!.length + 10);
    const first = copies.get(a!, 'v', 'br');
    await first;
    await copies.get(b!, 'v', 'br');
    // Sending a again makes b the least recently sent.
    expect(copies.get(a!, 'v', 'br')).toBe(first);
    await copies.get(c!, 'v', 'br');
    expect(copies.bytes).toBeLessThanOrEqual(copies.limit);
    expect(copies.get(a!, 'v', 'br')).toBe(first);
    expect(copies.bytes).toBe(sizes[0]!.length + sizes[2]!.length);
  });

  test('a file that cannot be read is tried again', async () => {
    const copies = new CompressedFiles();
    const path = join(work, 'later.html');
    await expect(copies.get(path, 'v', 'gzip')).rejects.toMatchObject({ code: 'ENOENT' });
    file('later.html', 10);
    expect(gunzipSync(await copies.get(path, 'v', 'gzip')).toString('utf8')).toContain('Line 9');
  });
});
