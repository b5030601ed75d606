import { PENDING_APPEAL_STAY_KINDS, stayKindOf } from "../companions/stay-kinds";
import type { StayFindings } from "../types";
import type { WarningCheck } from "./warning-check";

const isGranted = (stay: StayFindings) => stay.disposition === "granted" || stay.disposition === "granted-in-part";

/**
 * A stay that waits for the § 1292(b) appeal, deferred while the court itself declines to certify:
 * there is no appeal to wait for. (Denying it outright beside the denial is what courts do: seed 000;
 * granting it is an error of its own, stay-granted-certification-denied.)
 */
export const stayPendingAppealDeferredCertificationDenied: WarningCheck = (_draft, { certification, stay }) =>
  certification.disposition === "denied" &&
  PENDING_APPEAL_STAY_KINDS.has(stayKindOf(stay.kind)) &&
  stay.disposition === "deferred"
    ? { code: "stay-pending-appeal-deferred-certification-denied", step: "stay" }
    : undefined;

/** A status report asked for while the order leaves no stay in place: nothing to report on. */
export const statusReportWithoutStay: WarningCheck = (_draft, { certification, stay }) => {
  if (!stay.statusReport) return undefined;
  const kind = stayKindOf(stay.kind);
  const stayInPlace =
    (isGranted(stay) && kind !== "lift") ||
    certification.proceedings === "stayed" ||
    // A stay the court declines to lift stays in place.
    (kind === "lift" && stay.disposition !== "granted");
  return stayInPlace ? undefined : { code: "status-report-without-stay", step: "stay" };
};

/** A stay pending further order of the court, granted with no reasons: the order would say nothing of why. */
export const furtherOrderStayWithoutReasons: WarningCheck = (_draft, { stay }) =>
  stayKindOf(stay.kind) === "proceedings-further-order" && isGranted(stay) && !stay.reasoning
    ? { code: "further-order-stay-without-reasons", step: "stay" }
    : undefined;

/** A stay lifted while the certification order stays proceedings again on the ruling step's answer. */
export const stayLiftedAndProceedingsStayed: WarningCheck = (_draft, { certification, stay }) =>
  stayKindOf(stay.kind) === "lift" && stay.disposition === "granted" && certification.proceedings === "stayed"
    ? { code: "stay-lifted-and-proceedings-stayed", step: "ruling" }
    : undefined;
