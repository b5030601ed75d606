import { PENDING_APPEAL_STAY_KINDS, stayKindOf } from "../companions/stay-kinds";
import type { WarningCheck } from "./warning-check";

/**
 * A stay pending a § 1292(b) appeal that the court itself declines to certify: nothing is pending
 * to wait for. (A stay pending another court's decision or further order does not wait for the appeal.)
 */
export const stayGrantedCertificationDenied: WarningCheck = (_draft, { certification, stay }) =>
  (stay.disposition === "granted" || stay.disposition === "granted-in-part") &&
  PENDING_APPEAL_STAY_KINDS.has(stayKindOf(stay.kind)) &&
  certification.disposition === "denied"
    ? { code: "stay-granted-certification-denied", step: "stay" }
    : undefined;
