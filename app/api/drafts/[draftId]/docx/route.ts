import { docxFileName } from "@/lib/wizard/docx-file-name";
import { renderDocxWithComments, type ReviewComment } from "@/lib/review";
import { RevisionParamSchema } from "@/lib/api/bodies";
import { commentsOf, findDraft, versionOf } from "@/server/drafts";
import { memberNames } from "@/server/chambers/member-names";
import { draftOrderFor } from "@/server/drafts/draft-order-for";
import { downloadComments } from "@/server/drafts/download-comments";
import { apiRoute } from "@/server/http/api-route";
import { attachmentHeaders } from "@/server/http/attachment-headers";
import { DOCX_TYPE } from "@/server/http/docx-type";
import { failureResponse } from "@/server/http/failure-response";
import { notReadyResponse } from "@/server/http/not-ready-response";
import { problemResponse } from "@/server/http/problem-response";
import { printableText } from "@/lib/order/printable-text";

export const runtime = "nodejs";

/**
 * A version of the draft (`?revision=N`, default the current one) as a Word file, its open review
 * comments as Word comments (a comment made on another revision points at its section only,
 * since paragraphs move between revisions), with the citation check's flags as comments too,
 * except on the approved revision. A revision that is not ready is refused: 422 with what it needs.
 */
export const GET = apiRoute<{ draftId: string }>(
  "GET /api/drafts/[draftId]/docx",
  async ({ request, actor, db, params }) => {
    const draft = await findDraft(db, actor, params.draftId);
    if (!draft) return problemResponse("not-found");
    const asked = new URL(request.url).searchParams.get("revision");
    const revision = asked === null ? draft.currentRevision : RevisionParamSchema.safeParse(asked).data;
    if (revision === undefined)
      return problemResponse("invalid-body", [{ path: "revision", message: "Give a revision number" }]);
    const version = await versionOf(db, draft, revision);
    if (!version.ok) return failureResponse(version);
    const notReady = notReadyResponse(version.value.data, { revision });
    if (notReady) return notReady;
    const { drafted } = draftOrderFor(version.value.data);
    if (!drafted) return problemResponse("not-ready");
    const [comments, names] = await Promise.all([commentsOf(db, draft), memberNames(db, actor.chambersId)]);
    const review: ReviewComment[] = comments.map((comment) => ({
      id: comment.id,
      anchor: comment.revision === revision ? comment.anchor : { section: comment.anchor.section },
      body: printableText(comment.body),
      author: names.get(comment.authorId) ?? "Former member",
      date: comment.createdAt,
      resolved: comment.resolvedAt !== null,
    }));
    const withFlags = downloadComments(draft, revision, drafted.doc, review, new Date());
    const bytes = await renderDocxWithComments(drafted.doc, drafted.style, withFlags);
    return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(docxFileName(drafted.doc), DOCX_TYPE) });
  },
);
