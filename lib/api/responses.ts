import { z } from "zod";
import { TimestampSchema } from "@/lib/dates/timestamp";
import {
  AuditEventSchema,
  CommentSchema,
  DraftHeadSchema,
  DraftVersionSchema,
  DraftVersionSummarySchema,
} from "@/lib/workflow/records";
import { DraftStatusSchema, RoleSchema } from "@/lib/workflow/schema";
import { ChambersAuthorityRecordSchema } from "@/lib/chambers-library/schema";
import { CiteCheckResultSchema } from "@/lib/cite-check/findings";

/** The body of every API answer, one schema each: the route handlers send them, callApi reads them. */

/** GET /api/drafts. */
export const DraftListResponseSchema = z.object({ drafts: z.array(DraftHeadSchema) });

/** A draft with the version just read or written: GET, PUT /api/drafts/[id]; POST /api/drafts, keep-mine, restore, duplicate. */
export const DraftWithVersionResponseSchema = z.object({ draft: DraftHeadSchema, version: DraftVersionSchema });

/** GET /api/drafts/[id]/versions/[revision]. */
export const VersionResponseSchema = DraftVersionSchema;

/** GET /api/drafts/[id]/versions: newest first, without the answers. */
export const VersionListResponseSchema = z.object({ versions: z.array(DraftVersionSummarySchema) });

/** POST /api/drafts/[id]/status. */
export const DraftHeadResponseSchema = z.object({ draft: DraftHeadSchema });

/** GET /api/drafts/[id]/comments. */
export const CommentListResponseSchema = z.object({ comments: z.array(CommentSchema) });

/** POST /api/drafts/[id]/comments; PATCH /api/comments/[id]. */
export const CommentResponseSchema = z.object({ comment: CommentSchema });

/** GET /api/drafts/[id]/audit. */
export const AuditResponseSchema = z.object({ events: z.array(AuditEventSchema) });

/** POST /api/invitations: the one-time link to hand to the new member. */
export const InvitationResponseSchema = z.object({ link: z.string(), expiresAt: TimestampSchema });

/** POST /api/invitations/accept. */
export const AcceptedInvitationResponseSchema = z.object({ role: RoleSchema });

/** POST /api/setup. */
export const SetupResponseSchema = z.object({ chambersId: z.string() });

/** PATCH /api/members/[id], POST /api/members/[id]/remove: the member changed. */
export const MemberResponseSchema = z.object({ userId: z.string() });

/** POST /api/members/[id]/end-sessions: how many sessions ended. */
export const EndedSessionsResponseSchema = z.object({ ended: z.number().int().min(0) });

/** POST /api/invitations/[id]/revoke. */
export const RevokedInvitationResponseSchema = z.object({ id: z.string() });

/** A field-level problem, keyed by the full dotted path (what react-hook-form's setError expects). */
export const IssueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.output<typeof IssueSchema>;

/** Why a 409 refused: what the client needs to choose what to do next. */
export const ConflictSchema = z.discriminatedUnion("reason", [
  /** Someone saved first: their version, for the clerk to compare and choose. */
  z.object({ reason: z.literal("stale-revision"), theirs: DraftVersionSchema }),
  /** In review or approved: no new versions. */
  z.object({ reason: z.literal("locked"), status: DraftStatusSchema }),
  /** The status change does not start from the draft's status. */
  z.object({ reason: z.literal("status"), status: DraftStatusSchema }),
  z.object({ reason: z.literal("already-resolved") }),
  z.object({ reason: z.literal("email-taken") }),
  z.object({ reason: z.literal("already-set-up") }),
]);
export type Conflict = z.output<typeof ConflictSchema>;

/**
 * An error answer (RFC 9457 problem details plus `error`, `code`, `issues`, `conflict`), as far as
 * the client reads it. Better-auth's own errors have another shape; every field is optional.
 */
export const ProblemSchema = z.object({
  error: z.string().optional(),
  code: z.string().optional(),
  issues: z.array(IssueSchema).optional(),
  conflict: ConflictSchema.optional(),
  /** Seconds until sign-in may be tried again (the sign-in throttle's 429). */
  retryAfter: z.number().optional(),
});

/** POST /api/cite-check: every citation found, and the findings. */
export const CiteCheckResponseSchema = CiteCheckResultSchema;

/** POST /api/cite-check/upload: the document's text, its citations and the findings. */
export const CiteCheckUploadResponseSchema = CiteCheckResultSchema.extend({ text: z.string() });

/** GET /api/chambers-authorities: the chambers' own library. */
export const ChambersAuthorityListResponseSchema = z.object({ authorities: z.array(ChambersAuthorityRecordSchema) });

/** POST /api/chambers-authorities: the case added, with who verified it. */
export const ChambersAuthorityResponseSchema = z.object({ authority: ChambersAuthorityRecordSchema });
