// `npm run fuzz`: the property tests (tests/property) with a fresh random seed and many runs
// (FUZZ_RUNS, default 2000 per property). The seed is printed first; replay a failure with
// `FUZZ_SEED=<seed> npm run fuzz`, add FUZZ_PATH=<path from the report> to go straight to the
// shrunk case, FUZZ_NO_SHRINK=1 to report the first failing draft as drawn. Extra arguments go
// to vitest (e.g. `npm run fuzz -- tests/property/html.test.ts`).
import { spawnSync } from "node:child_process";

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? "2000";
console.log(`fuzz: seed ${seed}, ${runs} runs per property (replay: FUZZ_SEED=${seed} npm run fuzz)`);
const args = process.argv.slice(2);
const result = spawnSync("npx", ["vitest", "run", ...(args.length > 0 ? args : ["tests/property"])], {
  stdio: "inherit",
  env: { ...process.env, FUZZ: "1", FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
if (result.status !== 0) console.log(`fuzz: failed with seed ${seed} (replay: FUZZ_SEED=${seed} npm run fuzz)`);
process.exit(result.status ?? 1);
