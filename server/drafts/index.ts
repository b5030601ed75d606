/** The drafts data layer: one verb per file, each `(db, actor, …) → Result`. */
export { createDraft } from "./create-draft";
export { listDrafts } from "./list-drafts";
export { getDraft } from "./get-draft";
export { saveDraft } from "./save-draft";
export { keepMineAsNewVersion } from "./keep-mine-as-new-version";
export { listVersions } from "./list-versions";
export { getVersion } from "./get-version";
export { restoreVersion } from "./restore-version";
export { submitForReview } from "./submit-for-review";
export { returnDraft } from "./return-draft";
export { approveDraft } from "./approve-draft";
export { addComment, CommentInputSchema, type CommentInput } from "./add-comment";
export { resolveComment } from "./resolve-comment";
export { listComments } from "./list-comments";
export { listAuditEvents } from "./list-audit-events";
export type { DraftHead, DraftVersion, DraftVersionSummary, Comment, AuditEvent } from "./types";
export type { WriteVersionResult, StaleConflict, LockedConflict } from "./write-version";
export type { ChangeStatusResult } from "./change-status";
