import { z } from "zod";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { ChambersSetupSchema, CredentialsSchema } from "@/lib/accounts/credentials";
import { DraftStatusSchema, RoleSchema } from "@/lib/workflow/schema";

/** The body of every API write, one schema each: the routes, the client and the tests share them. */

const Revision = z.number().int().min(1).max(1_000_000);

/** POST /api/drafts: a new draft, empty or from given answers. */
export const CreateDraftBodySchema = z.strictObject({ data: MotionDraftSchema.optional() });

/** PUT /api/drafts/[id]: save on top of the revision the editor loaded. */
export const SaveDraftBodySchema = z.strictObject({ baseRevision: Revision, data: MotionDraftSchema });

/** POST /api/drafts/[id]/keep-mine: the conflict's "keep mine as a new version". */
export const KeepMineBodySchema = z.strictObject({ theirsRevision: Revision, data: MotionDraftSchema });

/** POST /api/drafts/[id]/status: submit for review, return with a note, approve, or withdraw an approval. */
export const StatusBodySchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("submit") }),
  z.strictObject({ action: z.literal("approve") }),
  z.strictObject({
    action: z.literal("return"),
    note: z.string().trim().min(1, { error: "Say what needs changing" }).max(5000),
  }),
  /** The judge takes an approval back, to review or to drafting, optionally saying why. */
  z.strictObject({
    action: z.literal("withdraw-approval"),
    to: z.enum(["in-review", "drafting"], { error: "Choose in-review or drafting" }),
    note: z.string().trim().max(5000).optional(),
  }),
]);
export type StatusBody = z.input<typeof StatusBodySchema>;

/** PATCH /api/drafts/[id]/comments/[commentId]: only resolving is supported. */
export const ResolveCommentBodySchema = z.strictObject({ resolved: z.literal(true) });

/** POST /api/setup: the first chambers (or another, with the court's setup token). */
export const SetupBodySchema = ChambersSetupSchema.extend({ setupToken: z.string().max(200).optional() }).strict();

/** PATCH /api/members/[userId]: the judge or administrator renames a member or changes their role. */
export const MemberChangeBodySchema = z
  .strictObject({ name: z.string().max(400).optional(), role: RoleSchema.optional() })
  .refine((change) => change.name !== undefined || change.role !== undefined, { error: "Give a name or a role" });

/** POST /api/members/[userId]/end-sessions, …/remove, /api/invitations/[id]/revoke: no fields. */
export const NoFieldsBodySchema = z.strictObject({});

/** POST /api/invitations. */
export const InviteBodySchema = z.strictObject({ email: z.email().max(320), role: RoleSchema });

/** POST /api/invitations/accept. */
export const AcceptInvitationBodySchema = z.strictObject({
  token: z.string().min(1).max(200),
  name: CredentialsSchema.shape.name,
  password: CredentialsSchema.shape.password,
});

/** GET /api/drafts?status=… */
export const DraftListQuerySchema = z.object({ status: DraftStatusSchema.optional() });

/** A revision number in a path or query string. */
export const RevisionParamSchema = z.coerce.number().int().min(1).max(1_000_000);

/** The longest text the cite-check takes (about 400 pages). */
export const MAX_CITE_CHECK_CHARACTERS = 1_000_000;

/** POST /api/cite-check: text to check; `wholeDocument: false` for one field of a larger document. */
export const CiteCheckBodySchema = z.strictObject({
  text: z.string().max(MAX_CITE_CHECK_CHARACTERS, { error: "The text is too long to check at once" }),
  wholeDocument: z.boolean().optional(),
});

/** POST /api/cite-check/docx: the text to return as a Word file with the findings as comments. */
export const CiteCheckDocxBodySchema = z.strictObject({
  text: z.string().min(1, { error: "Paste or upload the text first" }).max(MAX_CITE_CHECK_CHARACTERS),
});
