import { afterEach, describe, expect, it, vi } from "vitest";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { DraftWithVersionResponseSchema } from "@/lib/api/responses";
import { makeDraft } from "@/lib/motion/testing";
import type { DraftHead, DraftVersion } from "@/lib/workflow/records";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";

/**
 * The edge between the route handlers and the browser: what a handler writes through a schema of
 * lib/api/responses, callApi reads back with the same schema, Dates and all.
 */
const head: DraftHead = {
  id: "d1",
  chambersId: "c1",
  status: "drafting",
  currentRevision: 2,
  title: "Linlor v. Futero",
  createdBy: "u1",
  createdAt: new Date("2026-11-20T09:00:00.000Z"),
  updatedAt: new Date("2026-11-22T10:30:00.000Z"),
};
const version: DraftVersion = {
  draftId: "d1",
  revision: 2,
  data: makeDraft({ case: { caseNumber: "17cv218" } }),
  note: null,
  createdBy: "u1",
  createdAt: new Date("2026-11-22T10:30:00.000Z"),
};

function answerWith(response: Response) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => response),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the API's typed edge", () => {
  it("reads back what a handler wrote, timestamps as Dates, and only the schema's fields", async () => {
    const row = { ...head, kept: "at home" };
    answerWith(jsonResponse(DraftWithVersionResponseSchema, { draft: row, version }));
    const result = await callApi(API.getDraft("d1"));
    expect(result).toEqual({ ok: true, value: { draft: head, version } });
  });

  it("reads a stale save's conflict with their version, and a lock with the draft's status", async () => {
    answerWith(failureResponse({ ok: false, code: "conflict", reason: "stale-revision", theirs: version }));
    const stale = await callApi(API.saveDraft("d1"), { baseRevision: 1, data: makeDraft() });
    expect(stale).toMatchObject({ ok: false, status: 409, conflict: { reason: "stale-revision", theirs: version } });

    answerWith(failureResponse({ ok: false, code: "conflict", reason: "locked", status: "in-review" }));
    const locked = await callApi(API.saveDraft("d1"), { baseRevision: 2, data: makeDraft() });
    expect(locked).toMatchObject({ ok: false, status: 409, conflict: { reason: "locked", status: "in-review" } });
  });

  it("keeps the fields a refusal names", async () => {
    answerWith(
      failureResponse({ ok: false, code: "invalid", issues: [{ path: "case.caseNumber", message: "Too long" }] }),
    );
    const refused = await callApi(API.createDraft(), {});
    expect(refused).toEqual({
      ok: false,
      status: 400,
      error: "The request has fields that are not valid.",
      code: "invalid-body",
      issues: [{ path: "case.caseNumber", message: "Too long" }],
    });
  });

  it("refuses an answer that does not have the endpoint's shape, and says the server was not reached when it was not", async () => {
    answerWith(Response.json({ draft: { id: "d1" } }));
    expect(await callApi(API.getDraft("d1"))).toMatchObject({ ok: false, status: 200 });

    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed");
      }),
    );
    expect(await callApi(API.getDraft("d1"))).toMatchObject({ ok: false, status: 0 });
  });
});
