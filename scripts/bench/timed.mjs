// Runs a command and measures it: wall-clock seconds, CPU seconds (user + system) of the command
// and every process it ran and waited for (Pagefind's binary, esbuild), and the peak memory of the
// largest of those processes. On a machine with N cores, a build cannot take fewer seconds than its
// CPU seconds / N.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock tick for /proc times (USER_HZ), 100 on every architecture it supports. */
const TICKS_PER_SECOND = 100;
/** How often the process tree's memory is read: a build's processes live for seconds at least. */
const MEMORY_POLL_MS = 200;

/** CPU seconds of this process's finished children, or undefined where /proc is missing. */
function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // After "pid (name) ", the fields from the third on: cutime and cstime are the 16th and 17th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Parent of each running process, from /proc/PID/stat (its fourth field). */
function parents() {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  return parentOf;
}

/** `pid` and every process below it. */
function processTree(pid) {
  const parentOf = parents();
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parentOf)
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
  }
  return tree;
}

/** A process's peak resident memory so far (VmHWM) in bytes, or 0 once it has ended. */
function peakResidentBytes(pid) {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kilobytes ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Runs `file args` to completion; returns its seconds, CPU seconds, and the largest peak resident
 * memory of any one process in its tree (both undefined off Linux). Throws, with the command's
 * output, if it fails.
 */
export async function timedRun(file, args, options) {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  let peakBytes = 0;
  const child = execFile(file, args, { maxBuffer: 256 * 1024 * 1024, ...options });
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    try {
      for (const pid of processTree(child.pid)) peakBytes = Math.max(peakBytes, peakResidentBytes(pid));
    } catch {
      // No /proc: memory goes unmeasured.
    }
  }, MEMORY_POLL_MS);
  try {
    await new Promise((resolve, reject) => {
      let output = '';
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code, signal) =>
        code === 0
          ? resolve(undefined)
          : reject(
              new Error(`${file} ${args.join(' ')} failed (${code ?? signal}):\n${output.slice(-4000)}`),
            ),
      );
    });
  } finally {
    clearInterval(poll);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childCpuSeconds();
  return {
    seconds,
    cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    peakBytes: peakBytes || undefined,
  };
}
