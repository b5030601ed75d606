/**
 * Two revisions of a real order for the review tests (tests only): a fixture draft, and a copy
 * of it edited the way a clerk edits between revisions.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { draftOrder, type DraftedOrder } from "@/lib/order/draft-order";

const FIXTURES = path.resolve(import.meta.dirname, "../../../fixtures");

/** A fixture draft, parsed with the schema: "seeds/002", "grants/102". */
export function fixtureDraft(name: string): MotionDraft {
  return MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")));
}

/** The order drafted from a draft. */
export function drafted(draft: MotionDraft): DraftedOrder {
  return draftOrder(draft);
}

/** A deep copy of a draft, changed by `edit` (which may mutate the copy). */
export function editedDraft(draft: MotionDraft, edit: (copy: MotionDraft) => void): MotionDraft {
  const copy = structuredClone(draft);
  edit(copy);
  return MotionDraftSchema.parse(copy);
}
