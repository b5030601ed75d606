import { SCHEMA_VERSION, type MotionDraft } from "./schema";

/** A new draft: every container present, every answer unanswered. Defaults live here, not in the schema. */
export function emptyDraft(): MotionDraft {
  return {
    schemaVersion: SCHEMA_VERSION,
    case: { judge: {}, parties: [] },
    orderUnderReview: {},
    motion: { movantPartyIds: [], attachmentNumbers: [] },
    docketEntries: [],
    certification: { questions: [], controllingQuestion: {}, substantialGround: {}, materiallyAdvance: {} },
    reconsideration: {},
    stay: {},
    amendment: {},
    successive: {},
    analysis: {},
  };
}
