import { z } from "zod";

/** A member's role in a chambers: the clerk drafts, the judge reviews and approves. */
/** The roles, as a tuple (for pgEnum). */
export const ROLES = ["clerk", "judge", "admin"] as const;
/** A member's role. */
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Where a draft stands in review. */
export const DRAFT_STATUSES = ["drafting", "in-review", "returned", "approved"] as const;
/** A draft's status. */
export const DraftStatusSchema = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

/** What an audit event records. */
export const AUDIT_ACTIONS = [
  "created",
  "saved",
  "submitted",
  "commented",
  "resolved-comment",
  "returned",
  "approved",
  "restored",
  "approval-withdrawn",
  "duplicated",
] as const;
/** An audit action. */
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** Where a review comment points: one schema, shared with the Word export (lib/review). */
export { CommentAnchorSchema, type CommentAnchor } from "@/lib/review/review-comment";

/** A comment's text. */
export const CommentBodySchema = z.string().trim().min(1).max(5000);
