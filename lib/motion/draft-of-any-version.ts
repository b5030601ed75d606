import { z } from "zod";
import { MotionDraftSchema } from "./schema";
import { upgradeDraft } from "./upgrade-draft";

/**
 * A draft saved by this or an earlier version of the app, parsed as the current MotionDraft:
 * `upgradeDraft` first, then `MotionDraftSchema`. What every reader of stored or sent drafts
 * parses with (database rows, API bodies, the CLI's files); issues keep the draft's own paths.
 */
export const DraftOfAnyVersionSchema = z.preprocess(upgradeDraft, MotionDraftSchema);
