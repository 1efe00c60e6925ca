/**
 * How a function's time grows with its input, for tests that must tell linear work from quadratic
 * work on a loaded machine. Absolute times say little there, so these compare two sizes: an input
 * `factor` times larger takes about `factor` times longer when the work is linear, `factor²` times
 * when it is quadratic. Time is this thread's CPU time, which other processes on the machine do not
 * add to, as they add to the time on the clock.
 */
const ROUNDS = 5;
/** Each round repeats the call until this much CPU time has passed, so that small runs count. */
const ROUND_MS = 20;

const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

function msPerCall(run: () => unknown): number {
  const start = cpuMs();
  let calls = 0;
  let elapsed: number;
  do {
    run();
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < ROUND_MS);
  return elapsed / calls;
}

/** The time `run(make(small * factor))` takes, divided by that of `run(make(small))`. */
export function timeGrowth<T>(
  run: (input: T) => unknown,
  make: (size: number) => T,
  small: number,
  factor = 8,
): number {
  const inputs = [make(small), make(small * factor)] as const;
  // A first call of each, untimed: compiling the code is not the work being measured.
  inputs.forEach((input) => run(input));
  const best = [Infinity, Infinity];
  // Interleaved, and the best of each: what slows a round (a collection, the caches emptied by
  // another process) slows both sizes alike, and not every round.
  for (let round = 0; round < ROUNDS; round++)
    inputs.forEach((input, i) => (best[i] = Math.min(best[i]!, msPerCall(() => run(input)))));
  return best[1]! / best[0]!;
}

/**
 * The most `timeGrowth` may return, with its factor of 8, for work that is linear: 8 and room for
 * the caches and the garbage collector, which cost more at the larger size, and still half of the 64
 * that quadratic work gives.
 */
export const LINEAR_GROWTH = 32;
