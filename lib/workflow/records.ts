import { z } from "zod";
import { TimestampSchema } from "@/lib/dates/timestamp";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { AuditActionSchema, CommentAnchorSchema, DraftStatusSchema } from "./schema";

/**
 * A draft's records as the server keeps them and the API sends them: one schema each, so the data
 * layer, the route handlers and the browser share one type (timestamps are Dates on both sides).
 */

/** A draft's head: status, current revision, title. */
export const DraftHeadSchema = z.object({
  id: z.string(),
  chambersId: z.string(),
  status: DraftStatusSchema,
  currentRevision: z.number().int().min(1),
  title: z.string(),
  createdBy: z.string(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type DraftHead = z.output<typeof DraftHeadSchema>;

/** One saved revision of a draft, its answers parsed with MotionDraftSchema. */
export const DraftVersionSchema = z.object({
  draftId: z.string(),
  revision: z.number().int().min(1),
  data: MotionDraftSchema,
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: TimestampSchema,
});
export type DraftVersion = z.output<typeof DraftVersionSchema>;

/** A version without its answers, for the history list. */
export const DraftVersionSummarySchema = DraftVersionSchema.omit({ data: true });
export type DraftVersionSummary = z.output<typeof DraftVersionSummarySchema>;

/** A review comment on one revision. */
export const CommentSchema = z.object({
  id: z.string(),
  draftId: z.string(),
  revision: z.number().int().min(1),
  anchor: CommentAnchorSchema,
  body: z.string(),
  authorId: z.string(),
  createdAt: TimestampSchema,
  resolvedAt: TimestampSchema.nullable(),
  resolvedBy: z.string().nullable(),
});
export type Comment = z.output<typeof CommentSchema>;

/** Who did what to a draft, and when. */
export const AuditEventSchema = z.object({
  id: z.string(),
  draftId: z.string(),
  actorId: z.string(),
  action: AuditActionSchema,
  detail: z.record(z.string(), z.unknown()),
  at: TimestampSchema,
});
export type AuditEvent = z.output<typeof AuditEventSchema>;
