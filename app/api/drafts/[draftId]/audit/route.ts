import { AuditResponseSchema } from "@/lib/api/responses";
import { listAuditEvents } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";

export const runtime = "nodejs";

/** Who did what to the draft, and when. */
export const GET = apiRoute<{ draftId: string }>("GET /api/drafts/[draftId]/audit", async ({ actor, db, params }) => {
  const events = await listAuditEvents(db, actor, params.draftId);
  return events.ok ? jsonResponse(AuditResponseSchema, { events: events.value }) : failureResponse(events);
});
