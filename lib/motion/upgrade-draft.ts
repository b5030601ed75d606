import { SCHEMA_VERSION } from "./schema";
import { fromVersion2 } from "./upgrades/from-version-2";
import { isRecord, recordAt, type Json } from "./upgrades/json";

/**
 * Version 1 assumed a joint status report 14 days after the court of appeals rules whenever the
 * order stayed proceedings on a grant; version 2 orders one only when the clerk gives the days.
 * The days are written in wherever version 1 would have stayed proceedings, so the order says
 * what it said.
 */
function fromVersion1(draft: Json): Json {
  const certification = recordAt(draft.certification);
  const stay = recordAt(draft.stay);
  const stayedOnGrant =
    certification.stayProceedingsOnGrant === true ||
    (certification.stayProceedingsOnGrant === undefined &&
      stay.requested === true &&
      stay.decision === "grant" &&
      stay.kind !== "order-pending-appeal");
  const upgraded: Json = { ...draft, schemaVersion: 2 };
  if (stayedOnGrant && certification.statusReportDays === undefined && isRecord(draft.certification))
    upgraded.certification = { ...certification, statusReportDays: 14 };
  return upgraded;
}

/** Each version's step to the next, by the version it reads. */
const STEPS: Record<number, (draft: Json) => Json> = { 1: fromVersion1, 2: fromVersion2 };

/**
 * A draft of any schema version this code has known, brought to the current one (`SCHEMA_VERSION`)
 * so that it means what it meant: the database, the API, the CLI and the browser backup call it on
 * whatever they read. Anything else (a draft of the current version, a version never issued, not a
 * draft at all) is returned as it is, for `MotionDraftSchema` to accept or reject. Pure: the input
 * is not changed.
 */
export function upgradeDraft(data: unknown): unknown {
  if (!isRecord(data)) return data;
  let draft = data;
  while (typeof draft.schemaVersion === "number" && draft.schemaVersion < SCHEMA_VERSION) {
    const step = STEPS[draft.schemaVersion];
    if (!step) return draft;
    draft = step(draft);
  }
  return draft;
}
