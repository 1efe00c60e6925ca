/**
 * When each content file last changed, for the "Last updated" line of its page: from the git
 * history, read once for the whole content folder (a process per page would cost a 5,000-page build
 * seconds), or else from the file's modification time (a file not committed yet, a copy of the
 * project without its history).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/**
 * Each file's newest commit date from the output of
 * `git log --format=%x00%cI --name-only`: newest commit first, each a NUL, its date, a blank line
 * and the files it changed.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n');
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date!.trim());
  }
  return dates;
}

/** The dates the history gives the files under `folder`, relative to `root`; none without git. */
function historyDates(root: string, folder: string): Map<string, string> {
  try {
    const output = execFileSync(
      'git',
      ['log', '--format=%x00%cI', '--name-only', '--relative', '--', folder],
      { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}

/** Reads a content folder's history once, then answers for each file of it. */
export class FileDates {
  private history: Map<string, string> | undefined;

  constructor(
    private readonly root: string,
    private readonly folder: string,
  ) {}

  /** When `file` (relative to the root) last changed, or undefined when it cannot be told. */
  lastChanged(file: string): Date | undefined {
    this.history ??= historyDates(this.root, this.folder);
    const committed = this.history.get(file);
    if (committed) return new Date(committed);
    try {
      return statSync(`${this.root}/${file}`).mtime;
    } catch {
      return undefined;
    }
  }
}
