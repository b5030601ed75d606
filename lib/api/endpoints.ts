import { z } from "zod";
import { CommentInputSchema } from "@/lib/workflow/comment-input";
import { ChambersAuthorityInputSchema } from "@/lib/chambers-library/schema";
import {
  AcceptInvitationBodySchema,
  CiteCheckBodySchema,
  CreateDraftBodySchema,
  InviteBodySchema,
  KeepMineBodySchema,
  MemberChangeBodySchema,
  NoFieldsBodySchema,
  ResolveCommentBodySchema,
  SaveDraftBodySchema,
  SetupBodySchema,
  StatusBodySchema,
} from "./bodies";
import {
  AcceptedInvitationResponseSchema,
  ChambersAuthorityListResponseSchema,
  ChambersAuthorityResponseSchema,
  CiteCheckResponseSchema,
  CommentResponseSchema,
  DraftHeadResponseSchema,
  DraftWithVersionResponseSchema,
  EndedSessionsResponseSchema,
  InvitationResponseSchema,
  MemberResponseSchema,
  RevokedInvitationResponseSchema,
  SetupResponseSchema,
  VersionResponseSchema,
} from "./responses";

/** One call the browser makes: where, how, what it sends (none for a GET) and what it gets back. */
export type Endpoint<Body extends z.ZodType | undefined, Answer extends z.ZodType> = {
  method: "GET" | "POST" | "PUT" | "PATCH";
  url: string;
  body: Body;
  answer: Answer;
};

const endpoint = <Body extends z.ZodType | undefined, Answer extends z.ZodType>(
  method: Endpoint<Body, Answer>["method"],
  url: string,
  body: Body,
  answer: Answer,
): Endpoint<Body, Answer> => ({ method, url, body, answer });

const draft = (draftId: string) => `/api/drafts/${encodeURIComponent(draftId)}`;
const member = (userId: string) => `/api/members/${encodeURIComponent(userId)}`;

/** Better-auth answers its own shapes, which the app does not read. */
const AnyAnswer = z.unknown();

/** Every API call the browser makes, with the schemas the route handlers share. */
export const API = {
  createDraft: () => endpoint("POST", "/api/drafts", CreateDraftBodySchema, DraftWithVersionResponseSchema),
  getDraft: (draftId: string) => endpoint("GET", draft(draftId), undefined, DraftWithVersionResponseSchema),
  saveDraft: (draftId: string) => endpoint("PUT", draft(draftId), SaveDraftBodySchema, DraftWithVersionResponseSchema),
  keepMine: (draftId: string) =>
    endpoint("POST", `${draft(draftId)}/keep-mine`, KeepMineBodySchema, DraftWithVersionResponseSchema),
  duplicateDraft: (draftId: string) =>
    endpoint("POST", `${draft(draftId)}/duplicate`, undefined, DraftWithVersionResponseSchema),
  changeStatus: (draftId: string) =>
    endpoint("POST", `${draft(draftId)}/status`, StatusBodySchema, DraftHeadResponseSchema),
  getVersion: (draftId: string, revision: number) =>
    endpoint("GET", `${draft(draftId)}/versions/${revision}`, undefined, VersionResponseSchema),
  restoreVersion: (draftId: string, revision: number) =>
    endpoint("POST", `${draft(draftId)}/versions/${revision}/restore`, undefined, DraftWithVersionResponseSchema),
  addComment: (draftId: string) =>
    endpoint("POST", `${draft(draftId)}/comments`, CommentInputSchema, CommentResponseSchema),
  resolveComment: (commentId: string) =>
    endpoint(
      "PATCH",
      `/api/comments/${encodeURIComponent(commentId)}`,
      ResolveCommentBodySchema,
      CommentResponseSchema,
    ),
  setup: () => endpoint("POST", "/api/setup", SetupBodySchema, SetupResponseSchema),
  invite: () => endpoint("POST", "/api/invitations", InviteBodySchema, InvitationResponseSchema),
  revokeInvitation: (invitationId: string) =>
    endpoint(
      "POST",
      `/api/invitations/${encodeURIComponent(invitationId)}/revoke`,
      NoFieldsBodySchema,
      RevokedInvitationResponseSchema,
    ),
  changeMember: (userId: string) => endpoint("PATCH", member(userId), MemberChangeBodySchema, MemberResponseSchema),
  endSessions: (userId: string) =>
    endpoint("POST", `${member(userId)}/end-sessions`, NoFieldsBodySchema, EndedSessionsResponseSchema),
  removeMember: (userId: string) =>
    endpoint("POST", `${member(userId)}/remove`, NoFieldsBodySchema, MemberResponseSchema),
  acceptInvitation: () =>
    endpoint("POST", "/api/invitations/accept", AcceptInvitationBodySchema, AcceptedInvitationResponseSchema),
  citeCheck: () => endpoint("POST", "/api/cite-check", CiteCheckBodySchema, CiteCheckResponseSchema),
  listChambersAuthorities: () =>
    endpoint("GET", "/api/chambers-authorities", undefined, ChambersAuthorityListResponseSchema),
  addChambersAuthority: () =>
    endpoint("POST", "/api/chambers-authorities", ChambersAuthorityInputSchema, ChambersAuthorityResponseSchema),
  signIn: () =>
    endpoint("POST", "/api/auth/sign-in/email", z.object({ email: z.string(), password: z.string() }), AnyAnswer),
  signOut: () => endpoint("POST", "/api/auth/sign-out", z.object({}), AnyAnswer),
};
