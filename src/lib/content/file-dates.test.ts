import { execFileSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileDates, parseGitLog } from './file-dates';

describe('parseGitLog', () => {
  test("gives each file its newest commit's date", () => {
    const output =
      '\0' +
      '2026-03-02T10:00:00+00:00\n\ncontent/codes/rest/429.md\ncontent/site.yaml\n' +
      '\0' +
      '2026-01-05T09:30:00+01:00\n\ncontent/codes/rest/429.md\ncontent/codes/rest/404.md\n';
    expect(parseGitLog(output)).toEqual(
      new Map([
        ['content/codes/rest/429.md', '2026-03-02T10:00:00+00:00'],
        ['content/site.yaml', '2026-03-02T10:00:00+00:00'],
        ['content/codes/rest/404.md', '2026-01-05T09:30:00+01:00'],
      ]),
    );
  });

  test('reads no history as no dates', () => {
    expect(parseGitLog('')).toEqual(new Map());
  });
});

describe('FileDates', () => {
  test("falls back to a file's modification time outside any history, and to nothing for no file", () => {
    const root = mkdtempSync(join(tmpdir(), 'file-dates-'));
    writeFileSync(join(root, 'page.md'), 'text');
    const when = new Date('2025-06-01T12:00:00Z');
    utimesSync(join(root, 'page.md'), when, when);
    const dates = new FileDates(root, '.');
    expect(dates.lastChanged('page.md')).toEqual(when);
    expect(dates.lastChanged('missing.md')).toBeUndefined();
  });

  test("reads this project's history: a committed file has its last commit's date, not its own", () => {
    const file = 'src/test-fixtures/minimal-content/site.yaml';
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' });
    const dates = new FileDates(process.cwd(), 'src/test-fixtures');
    expect(dates.lastChanged(file)).toEqual(new Date(committed.trim()));
  });
});
