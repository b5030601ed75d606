import { z } from "zod";
import { ConflictSchema, type Conflict } from "@/lib/api/responses";
import type { Failure, Issue } from "@/server/errors";
import { problemResponse } from "./problem-response";

/** Every failure the data layer hands a route: a conflict carries one of the API's conflict reasons. */
export type RouteFailure =
  | Failure<"not-found">
  | Failure<"forbidden-role">
  | Failure<"invalid", { issues: Issue[] }>
  | Failure<"conflict", Conflict>;

/**
 * A data-layer failure as an HTTP answer. `not-found` covers other chambers' drafts too, so a
 * draft id never reveals that it exists; a conflict carries what the client needs to choose.
 */
export function failureResponse(failure: RouteFailure): Response {
  switch (failure.code) {
    case "invalid":
      return problemResponse("invalid-body", failure.issues);
    case "not-found":
      return problemResponse("not-found");
    case "forbidden-role":
      return problemResponse("forbidden-role");
    case "conflict": {
      const { ok: _ok, code: _code, ...conflict } = failure;
      return problemResponse("conflict", undefined, { conflict: z.encode(ConflictSchema, conflict) });
    }
  }
}
