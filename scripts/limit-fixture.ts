/**
 * Writes fixtures/limits/max.json: the largest valid draft (every list and record at its limit,
 * every free-text field filled, within the API's body limit), built from the schema's own limits
 * over the stress fixture by `limitDraft`. Run it again when the schema's limits change:
 *   npx tsx scripts/limit-fixture.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { limitDraft } from "@/lib/motion/limit-draft";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { LIMIT_FIXTURE, LIMIT_FIXTURE_BYTES } from "@/lib/motion/limit-fixture";

const root = path.resolve(import.meta.dirname, "..");
const base = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(root, "fixtures/stress/301.json"), "utf8")));
const draft = limitDraft(base, LIMIT_FIXTURE_BYTES);
writeFileSync(path.join(root, LIMIT_FIXTURE), `${JSON.stringify(draft)}\n`);
console.log(`${LIMIT_FIXTURE}: ${JSON.stringify(draft).length} bytes`);
