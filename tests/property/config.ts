/**
 * Run settings of the property tests. `npm test` runs them with a fixed seed and few runs, so a
 * failure reproduces on every machine; `npm run fuzz` (scripts/fuzz.mjs) draws a fresh seed,
 * prints it and runs FUZZ_RUNS (default 2000) of every property. Replay a failure with
 * `FUZZ_SEED=<seed> npm run fuzz` (and FUZZ_PATH=<path> from fast-check's report for the shrunk case).
 */
import fc from "fast-check";

export const IS_FUZZ = process.env.FUZZ === "1";

/** The seed of every property in this run. */
export const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : IS_FUZZ
    ? Math.floor(Math.random() * 2 ** 31)
    : 20_261_123;

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** A property's parameters: `runs` in `npm test`, FUZZ_RUNS when fuzzing. */
export function params<T>(runs: number): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: IS_FUZZ ? FUZZ_RUNS : runs,
    ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
    // FUZZ_NO_SHRINK=1 reports the first failing draft as drawn (shrinking a large draft takes minutes).
    ...(process.env.FUZZ_NO_SHRINK === "1" ? { endOnFailure: true } : {}),
  };
}

/**
 * Per-test timeout. A passing property takes seconds; a failing one spends most of its time
 * shrinking the draft to a small counterexample, which may take minutes: let it finish.
 */
export const TIMEOUT = IS_FUZZ ? 24 * 60 * 60 * 1000 : 5 * 60 * 1000;
