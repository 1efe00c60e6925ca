// Runs a command and measures it: wall-clock seconds, and CPU seconds (user + system) of the
// command and every process it ran and waited for (Pagefind's binary, esbuild). On a machine with
// N cores, a build cannot take fewer seconds than its CPU seconds / N.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Linux's clock tick for /proc times (USER_HZ), 100 on every architecture it supports. */
const TICKS_PER_SECOND = 100;

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

/** Runs `file args` to completion; returns its seconds and CPU seconds (undefined off Linux). */
export async function timedRun(file, args, options) {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  await run(file, args, { maxBuffer: 256 * 1024 * 1024, ...options });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childCpuSeconds();
  return {
    seconds,
    cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
  };
}
