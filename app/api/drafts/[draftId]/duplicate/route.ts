import { DraftWithVersionResponseSchema } from "@/lib/api/responses";
import { duplicateDraft } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";

export const runtime = "nodejs";

/** A copy of the draft as a new draft (its first version the source's current answers): 201 with the new draft. */
export const POST = apiRoute<{ draftId: string }>(
  "POST /api/drafts/[draftId]/duplicate",
  async ({ actor, db, params }) => {
    const copied = await duplicateDraft(db, actor, params.draftId);
    return copied.ok
      ? jsonResponse(DraftWithVersionResponseSchema, copied.value, { status: 201 })
      : failureResponse(copied);
  },
);
