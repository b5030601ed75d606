import type { DraftStatus, Role } from "./schema";

/** A status change a member can ask for. */
export type StatusAction = "submit" | "return" | "approve" | "withdraw-approval" | "reopen";

/** Each status change: the statuses it leaves, the status it reaches, and who may make it. */
export const STATUS_RULES: Record<
  StatusAction,
  { from: readonly DraftStatus[]; to: DraftStatus; roles: readonly Role[] }
> = {
  submit: { from: ["drafting", "returned"], to: "in-review", roles: ["clerk", "judge", "admin"] },
  return: { from: ["in-review"], to: "returned", roles: ["judge"] },
  approve: { from: ["in-review"], to: "approved", roles: ["judge"] },
  /** The judge takes an approval back: to review again, or (reopen) to drafting. */
  "withdraw-approval": { from: ["approved"], to: "in-review", roles: ["judge"] },
  reopen: { from: ["approved"], to: "drafting", roles: ["judge"] },
};

/** Statuses in which a new version may be saved (in review and approved drafts are locked). */
export const EDITABLE_STATUSES: readonly DraftStatus[] = ["drafting", "returned"];

/** In review or approved: no new versions until the judge returns it. */
export const isLocked = (status: DraftStatus): boolean => !EDITABLE_STATUSES.includes(status);
