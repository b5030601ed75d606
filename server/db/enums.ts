import { z } from "zod";
import type { SectionId } from "@/lib/order/types";

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
] as const;
/** An audit action. */
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

const SECTION_IDS = [
  "introduction",
  "background",
  "legal-standard",
  "discussion",
  "reconsideration",
  "stay",
  "amendment",
  "conclusion",
] as const satisfies readonly SectionId[];
// Compile-time check that every SectionId is listed.
const _allSections: Record<SectionId, true> = Object.fromEntries(SECTION_IDS.map((s) => [s, true])) as Record<
  (typeof SECTION_IDS)[number],
  true
>;
void _allSections;

/** Where a review comment points: a section of the order, optionally a block and a quoted passage. */
export const CommentAnchorSchema = z.strictObject({
  section: z.enum(SECTION_IDS),
  blockIndex: z.number().int().min(0).optional(),
  quote: z.string().min(1).max(1000).optional(),
});
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

/** A comment's text. */
export const CommentBodySchema = z.string().trim().min(1).max(5000);
