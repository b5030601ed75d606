import type { MotionDraft } from "@/lib/motion/schema";

/** Where a draft stands in review (the server's DraftStatus). */
export type DraftStatusName = "drafting" | "in-review" | "returned" | "approved";

/** A saved version as the API sends it. */
export type VersionPayload = { draftId: string; revision: number; data: MotionDraft; note: string | null; createdBy: string; createdAt: string };

/** A draft head as the API sends it. */
export type DraftHeadPayload = { id: string; status: DraftStatusName; currentRevision: number; title: string; updatedAt: string };

/** What the wizard opens with: the server's current version of the draft. */
export type InitialDraft = { revision: number; status: DraftStatusName; data: MotionDraft; savedAt: string };
