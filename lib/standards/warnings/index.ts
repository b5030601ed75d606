import type { MotionDraft } from "@/lib/motion/schema";
import type { Warning, WarningBody } from "../types";
import { authorityAfterOrder } from "./authority-after-order";
import { certificationDecisionMissing, reconsiderationDecisionMissing, stayDecisionMissing } from "./decision-missing";
import { denyThoughAllMetWithoutReasons } from "./deny-though-all-met-without-reasons";
import { grantWithoutAllFindings } from "./grant-without-all-findings";
import { grantedThoughUntimely } from "./granted-though-untimely";
import { magistrateConsentsIncomplete } from "./magistrate-consents-incomplete";
import { magistrateWithoutConsent } from "./magistrate-without-consent";
import { mixedQuestionFramed } from "./mixed-question-framed";
import { motionBeforeOrder } from "./motion-before-order";
import { closesDeferredMotion, notReachedRulingDecided, otherRulingDispositionMissing } from "./other-rulings";
import { orderMayBeAppealable } from "./order-may-be-appealable";
import { noQuestionFramedOnGrant } from "./no-question-framed-on-grant";
import { questionRulingsDisagree } from "./question-rulings-disagree";
import { recertificationToRestartWindow } from "./recertification-to-restart-window";
import { reconsiderationGrantedAndCertified } from "./reconsideration-granted-and-certified";
import { rule59eAgainstInterlocutoryOrder } from "./rule-59e-against-interlocutory-order";
import { rule60bAgainstInterlocutoryOrder } from "./rule-60b-against-interlocutory-order";
import { stayGrantedCertificationDenied } from "./stay-granted-certification-denied";
import {
  furtherOrderStayWithoutReasons,
  statusReportWithoutStay,
  stayLiftedAndProceedingsStayed,
  stayPendingAppealDeferredCertificationDenied,
} from "./stay-warnings";
import { successiveWithoutNewGrounds } from "./successive-without-new-grounds";
import { untimelyMotion } from "./untimely-motion";
import { furtherMotionUndecided, motionsDecidedDifferently, orderDecidedApart } from "./several-motions-or-orders";
import { warningSeverity } from "./severity";
import type { FindingsBeforeWarnings, WarningCheck } from "./warning-check";

/** Every warning check, in the order of the wizard steps they point to. */
export const WARNING_CHECKS: readonly WarningCheck[] = [
  magistrateWithoutConsent,
  magistrateConsentsIncomplete,
  orderMayBeAppealable,
  motionBeforeOrder,
  recertificationToRestartWindow,
  untimelyMotion,
  furtherMotionUndecided,
  successiveWithoutNewGrounds,
  mixedQuestionFramed,
  noQuestionFramedOnGrant,
  questionRulingsDisagree,
  grantWithoutAllFindings,
  rule59eAgainstInterlocutoryOrder,
  rule60bAgainstInterlocutoryOrder,
  reconsiderationDecisionMissing,
  reconsiderationGrantedAndCertified,
  stayGrantedCertificationDenied,
  stayPendingAppealDeferredCertificationDenied,
  statusReportWithoutStay,
  furtherOrderStayWithoutReasons,
  stayLiftedAndProceedingsStayed,
  stayDecisionMissing,
  denyThoughAllMetWithoutReasons,
  grantedThoughUntimely,
  certificationDecisionMissing,
  motionsDecidedDifferently,
  orderDecidedApart,
  otherRulingDispositionMissing,
  notReachedRulingDecided,
  closesDeferredMotion,
  authorityAfterOrder,
];

/** Runs every check against the findings and keeps the warnings raised, each with its severity. */
export function collectWarnings(draft: MotionDraft, findings: FindingsBeforeWarnings): Warning[] {
  return WARNING_CHECKS.map((check) => check(draft, findings))
    .filter((w): w is WarningBody => w !== undefined)
    .map((w) => ({ ...w, severity: warningSeverity(w) }));
}

export type { FindingsBeforeWarnings, WarningCheck } from "./warning-check";
export { ERROR_WARNING_CODES, warningSeverity } from "./severity";
