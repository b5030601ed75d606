import { RevisionParamSchema } from "@/lib/api/bodies";
import { memberNames } from "@/server/chambers/member-names";
import { findDraft, versionOf } from "@/server/drafts";
import { redlineDocxOf } from "@/server/drafts/redline-cache";
import { apiRoute } from "@/server/http/api-route";
import { attachmentHeaders } from "@/server/http/attachment-headers";
import { DOCX_TYPE } from "@/server/http/docx-type";
import { failureResponse } from "@/server/http/failure-response";
import { problemResponse } from "@/server/http/problem-response";

export const runtime = "nodejs";

/** `?from=N&to=M`: the order at revision M as a Word file showing the changes since N as tracked changes. */
export const GET = apiRoute<{ draftId: string }>(
  "GET /api/drafts/[draftId]/redline",
  async ({ request, actor, db, params }) => {
    const query = new URL(request.url).searchParams;
    const from = RevisionParamSchema.safeParse(query.get("from"));
    const to = RevisionParamSchema.safeParse(query.get("to"));
    if (!from.success || !to.success) {
      return problemResponse("invalid-body", [
        ...(from.success ? [] : [{ path: "from", message: "Give the earlier revision number" }]),
        ...(to.success ? [] : [{ path: "to", message: "Give the later revision number" }]),
      ]);
    }
    const draft = await findDraft(db, actor, params.draftId);
    if (!draft) return problemResponse("not-found");
    const [before, after] = await Promise.all([versionOf(db, draft, from.data), versionOf(db, draft, to.data)]);
    if (!before.ok) return failureResponse(before);
    if (!after.ok) return failureResponse(after);
    // The changes are attributed to whoever saved the later revision, at that time.
    const author = (await memberNames(db, actor.chambersId)).get(after.value.createdBy) ?? "Former member";
    const redline = await redlineDocxOf(before.value, after.value, { author, date: after.value.createdAt });
    if (!redline) return problemResponse("not-ready");
    return new Response(new Uint8Array(redline.bytes), {
      headers: attachmentHeaders(redline.fileName, DOCX_TYPE),
    });
  },
);
