import type { Failure, Issue } from "@/server/errors";
import { problemResponse } from "./problem-response";

/**
 * A data-layer failure as an HTTP answer. `not-found` covers other chambers' drafts too, so a
 * draft id never reveals that it exists; a conflict carries what the client needs to choose.
 */
export function failureResponse(failure: Failure & { issues?: Issue[] }): Response {
  const { ok: _ok, code, issues, ...extra } = failure;
  void _ok;
  switch (code) {
    case "invalid":
      return problemResponse("invalid-body", issues ?? []);
    case "not-found":
      return problemResponse("not-found");
    case "forbidden-role":
      return problemResponse("forbidden-role");
    case "conflict":
      return problemResponse("conflict", undefined, extra);
  }
}
