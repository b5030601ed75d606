import { isRecord, recordAt, type Json } from "./json";

/**
 * Version 2 printed "This Order does not stay proceedings in this Court" on every grant whose stay
 * question was unanswered (unless a stay of proceedings was granted); version 3 prints it only on
 * the clerk's answer. A version-2 grant that printed it gets that answer written in, so it still does.
 */
export function stayUnanswered(draft: Json): Json {
  const certification = recordAt(draft.certification);
  const stay = recordAt(draft.stay);
  if (!isRecord(draft.certification) || certification.decision !== "grant") return draft;
  if (certification.stayProceedingsOnGrant !== undefined) return draft;
  const proceedingsStayGranted =
    stay.requested === true && stay.kind !== "order-pending-appeal" && stay.decision === "grant";
  if (proceedingsStayGranted) return draft;
  return { ...draft, certification: { ...certification, stayProceedingsOnGrant: false } };
}
