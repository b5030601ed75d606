import type { MotionDraft } from "@/lib/motion/schema";
import type { auditEvents, comments, drafts } from "@/server/db/schema";

/** A draft's head row: status, current revision, title. */
export type DraftHead = typeof drafts.$inferSelect;

/** One saved revision, its data parsed with MotionDraftSchema. */
export type DraftVersion = {
  draftId: string;
  revision: number;
  data: MotionDraft;
  note: string | null;
  createdBy: string;
  createdAt: Date;
};

/** A version without its data, for the history list. */
export type DraftVersionSummary = Omit<DraftVersion, "data">;

/** A review comment. */
export type Comment = typeof comments.$inferSelect;

/** An audit trail entry. */
export type AuditEvent = typeof auditEvents.$inferSelect;
