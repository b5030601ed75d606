import type { LaterDecision } from "@/lib/authorities/decided-after";
import type { CircuitId } from "@/lib/courts/circuits";
import type { RefusalGround } from "@/lib/motion/certification-variants-schema";
import type { OrderEffect, ReconsiderationRule, Stay } from "@/lib/motion/schema";

/**
 * Findings: what the standards engine concludes from a draft. Legal outcomes are values: a failed
 * element is a finding, an untimely motion is a warning. Templates turn reason codes into prose.
 */

export const ELEMENT_IDS = ["controlling-question", "substantial-ground", "materially-advance"] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export type ElementStatus = "met" | "not-met" | "not-reached" | "unanswered";

/** Reason codes: the contract with templates/1292b/discussion/<element>.md.liquid. */
export type ElementReason =
  | "pure-question-controlling"
  | "question-of-fact" // a mixed question / application of law to facts
  | "would-not-affect-outcome"
  | "circuit-split"
  | "no-controlling-authority-courts-disagree"
  | "novel-and-difficult"
  | "contrary-to-other-circuits"
  | "stated-in-reasons" // found in the court's own reasons, on no listed ground
  | "mere-disagreement"
  | "no-substantial-ground"
  | "would-advance-termination"
  | "trial-imminent"
  | "would-not-advance"
  | "not-reached"
  | "unanswered";

export type ElementFinding = {
  element: ElementId;
  status: ElementStatus;
  reason: ElementReason;
  /** The clerk's reasoning, passed through to the discussion. */
  reasoning?: string;
};

export type CertificationDisposition = "granted" | "denied" | "undecided";

/** What the court did with one question on a partial grant (or with every question, when it rules on each). */
export type QuestionFinding = {
  questionId: string;
  ruling: "certified" | "refused";
  /** On a refused question: the ground (an element, delay, discretion), when the clerk gives one. */
  refusedFor?: RefusalGround;
};

export type CertificationFindings = {
  elements: ElementFinding[];
  /** Elements the court declines to reach (stop-at-first-failure after a failed element). */
  notReached: ElementId[];
  allMet: boolean;
  disposition: CertificationDisposition;
  /** A grant of some questions and a refusal of others: "GRANTED in part and DENIED in part". */
  inPart: boolean;
  /** Each question's ruling: certified or refused (a refused one never enters the statement or the decree). */
  questions: QuestionFinding[];
  /** The court finds the motion untimely (delay in seeking certification), a ground of its own. */
  untimely: boolean;
  /** The court gives reasons for denying in its discretion (printed whatever the element findings). */
  discretionary: boolean;
  /**
   * Why: every element met; an element not met; the court's discretion (its reasons given; on a
   * denial with no element failing); untimeliness alone.
   */
  basis: "all-elements-met" | "element-not-met" | "discretionary-denial" | "untimely" | "undecided";
  /**
   * On a grant: proceedings stayed pending the petition, or expressly not stayed (§ 1292(b) proviso);
   * unanswered (no stay decided and the ruling step's question open), the order says neither.
   */
  proceedings?: "stayed" | "not-stayed";
  /** On a grant when FRAP 5(a)(3) amendment was requested: the order under review is amended. */
  amendsOrderUnderReview: boolean;
  /** How the statement is added on amendment: the order amended, or vacated and an amended order entered. */
  amendmentForm: "amend" | "vacate-and-reenter";
};

export type CompanionDisposition = "granted" | "denied" | "denied-as-moot" | "not-requested" | "undecided";

export type ReconsiderationFindings = {
  disposition: CompanionDisposition;
  /** The rule the court applies (may differ from the rule invoked: Rule 54(b) for an interlocutory order). */
  ruleApplied?: ReconsiderationRule;
  ruleInvoked?: ReconsiderationRule;
  /**
   * Rule 59(e), when the court kept it for an interlocutory order: Rule 59(e) reaches a judgment,
   * so the order applies Rule 54(b) instead (`ruleApplied`), and a warning says why.
   */
  ruleDisplaced?: "59e";
  groundsShown: ("new-evidence" | "clear-error" | "intervening-change" | "extraordinary-circumstances")[];
  reasoning?: string;
};

/** A stay may also be deferred, or granted in part (the part in the draft's `partGranted`). */
export type StayDisposition = CompanionDisposition | "deferred" | "granted-in-part";

export type StayFindings = {
  disposition: StayDisposition;
  kind?: NonNullable<Stay["kind"]>;
  placement: NonNullable<Stay["placement"]>;
  /**
   * Why: moot because certification is denied; the factors shown or not; granted by the
   * certification order's own stay; "moot" for a request the court finds moot on other grounds
   * (the clerk's reasoning says which).
   */
  reason:
    | "moot-certification-denied"
    | "moot"
    | "factors-not-shown"
    | "factors-shown"
    | "granted-with-certification"
    | "deferred"
    | "not-requested"
    | "undecided";
  /** The factor answers as the clerk gave them (Nken for a stay pending appeal; Landis weighs similar ones). */
  factors?: StayFactors;
  reasoning?: string;
  /** A status report the court asks for: within days, or by a date (nothing unless the clerk asks). */
  statusReport?: StayStatusReport;
  /** A motion to lift a stay filed by a party other than the movant: as the order names that party. */
  liftMovant?: string;
};

export type StayStatusReport = { by: "days"; days: number } | { by: "date"; date: string };

export type StayFactors = Pick<
  Stay,
  "likelySuccess" | "irreparableInjury" | "substantialInjuryToOthers" | "publicInterestFavorsStay"
>;

export type SuccessiveFindings = {
  isSuccessive: boolean;
  raisesNewGrounds?: boolean;
  reasoning?: string;
};

/** Typed warnings; the UI and templates put them in words. `step` names the wizard step that causes it. */
export type WarningBody =
  | { code: "rule-59e-against-interlocutory-order"; step: string; suggest: "54b" }
  | { code: "rule-60b-against-interlocutory-order"; step: string; suggest: "54b" }
  | { code: "grant-without-all-findings"; step: string; failing: ElementId[] }
  | { code: "deny-though-all-met-without-reasons"; step: string }
  | { code: "stay-granted-certification-denied"; step: string }
  | { code: "stay-pending-appeal-deferred-certification-denied"; step: string }
  | { code: "status-report-without-stay"; step: string }
  | { code: "further-order-stay-without-reasons"; step: string }
  | { code: "stay-lifted-and-proceedings-stayed"; step: string }
  | { code: "magistrate-without-consent"; step: string }
  | { code: "successive-without-new-grounds"; step: string }
  | { code: "untimely-motion"; step: string; daysAfterOrder: number; thresholdDays: number; circuit: CircuitId }
  /** `questionIds`: the framed questions whose wording looks fact-bound (empty when only the controlling-question answer says so). */
  | { code: "mixed-question-framed"; step: string; questionIds: string[] }
  | { code: "motion-before-order"; step: string }
  /** Further motions decided in the order (`furtherMotions` ids) with no disposition. */
  | { code: "further-motion-undecided"; step: string; motionIds: string[] }
  /** Further motions decided otherwise than the first, with no order under review decided apart. */
  | { code: "motions-decided-differently"; step: string; motionIds: string[] }
  /** Further orders under review whose certification is decided otherwise than `certification`. */
  | { code: "order-decided-apart"; step: string; orderIds: string[]; certification: "grant" | "deny" }
  | { code: "reconsideration-granted-and-certified"; step: string }
  | { code: "decision-missing"; step: string; request: "certification" | "reconsideration" | "stay" }
  | { code: "no-question-framed-on-grant"; step: string }
  | { code: "other-ruling-disposition-missing"; step: string; rulingIds: string[] }
  | { code: "not-reached-ruling-decided"; step: string; rulingIds: string[] }
  | { code: "close-motion-deferred"; step: string; docketNumbers: string[] }
  /**
   * The questions' rulings disagree with the ruling on the motion: a grant or denial in full with
   * questions ruled the other way (`questionIds`), or a grant in part with no question refused or none certified.
   */
  | {
      code: "question-rulings-disagree";
      step: string;
      decision: "grant" | "grant-in-part" | "deny";
      questionIds: string[];
    }
  /** The court finds the motion untimely and no element fails, yet grants: delay is the only ground and it points the other way. */
  | { code: "granted-though-untimely"; step: string }
  /**
   * A magistrate judge presides by consent, but no § 636(c) consent is recorded for `missingPartyIds`
   * (`unservedPartyIds` among them not yet served; they must consent where `unservedRule` is
   * "required", by `authorityId`). `recorded`: how many parties' consents are recorded.
   */
  | {
      code: "magistrate-consents-incomplete";
      step: string;
      missingPartyIds: string[];
      unservedPartyIds: string[];
      unservedRule: "required" | "unsettled";
      authorityId?: string;
      propositionId?: string;
      recorded: number;
    }
  /** The motion asks to re-enter or recertify an order already certified, to restart the ten days; the circuit's `holding`. */
  | {
      code: "recertification-to-restart-window";
      step: string;
      circuit?: CircuitId;
      holding: "does-not-restart" | "unsettled";
    }
  /** The order under review may be appealable as of right (`authorityId`, at `propositionId`), so not one § 1292(b) reaches. */
  | {
      code: "order-may-be-appealable";
      step: string;
      effect: OrderEffect;
      authorityId: string;
      propositionId: string;
    }
  /** The order, dated `orderDate`, cites cases decided after it (by verified date, or by year until one is verified). */
  | { code: "authority-after-order"; step: string; orderDate: string; later: LaterDecision[] };

/**
 * How much a warning matters: "error" when the order as drafted would be wrong in law or could not
 * be signed (the CLI's --strict refuses to write it), "warning" for what deserves the clerk's eye.
 */
export type WarningSeverity = "error" | "warning";

/** A warning as the engine reports it: what is wrong, with its data, and how much it matters. */
export type Warning = WarningBody & { severity: WarningSeverity };

export type Findings = {
  circuit: CircuitId | undefined;
  certification: CertificationFindings;
  reconsideration: ReconsiderationFindings;
  stay: StayFindings;
  successive: SuccessiveFindings;
  /** The movant proceeds pro se: filings are construed liberally. */
  movantIsProSe: boolean;
  /** The movant is a magistrate judge's own party with consent, or a district judge presides. */
  presidingJudge: "district" | "magistrate-by-consent" | "magistrate-without-consent" | "unknown";
  warnings: Warning[];
};
