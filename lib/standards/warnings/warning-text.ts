import { formatCitation, getAuthority, getProposition, plainText } from "@/lib/authorities";
import type { LaterDecision } from "@/lib/authorities/decided-after";
import { getCircuit } from "@/lib/courts";
import { appellateCircuit } from "../appellate-circuit";
import { RECERTIFICATION_POSITIONS } from "../recertification-positions";
import { formatLongDate } from "@/lib/dates/format-date";
import type { MotionDraft, OrderEffect } from "@/lib/motion/schema";
import type { ElementId, Warning } from "../types";

const ELEMENT_NAMES: Record<ElementId, string> = {
  "controlling-question": "a controlling question of law",
  "substantial-ground": "a substantial ground for difference of opinion",
  "materially-advance": "that an appeal may materially advance the litigation",
};

const REQUEST_NAMES = { certification: "certification", reconsideration: "reconsideration", stay: "the stay" } as const;

/** "Allstate Ins. Co. v. Herron (decided March 10, 2011)", or, with only the year known, "… (2022; exact date not yet verified)". */
const laterWords = (decision: LaterDecision): string => {
  const authority = getAuthority(decision.authorityId);
  const name = authority.kind === "case" ? authority.name : decision.authorityId;
  return decision.basis === "decided"
    ? `${name} (decided ${formatLongDate(decision.decided)})`
    : `${name} (${decision.year}; exact date not yet verified)`;
};

/** What the order did, completing "The order under review …". */
const EFFECT_WORDS: Record<OrderEffect, string> = {
  "granted-injunction": "granted an injunction",
  "refused-injunction": "refused an injunction",
  "modified-injunction": "modified an injunction",
  "refused-to-compel-arbitration": "refused to compel arbitration",
  "refused-arbitration-stay": "refused a stay pending arbitration",
  "compelled-arbitration": "compelled arbitration",
  "admiralty-decree": "is an interlocutory decree in admiralty determining the parties' rights and liabilities",
  "collateral-order": "is a collateral order (such as the denial of qualified immunity)",
  "final-judgment": "is a final judgment",
  none: "is none of these",
};

/** A library authority's full citation as plain words: "28 U.S.C. § 1292(a)(1)", "Mitchell v. Forsyth, 472 U.S. 511, 530 (1985)". */
const citationWords = (authorityId: string, propositionId: string): string =>
  plainText(
    formatCitation(getAuthority(authorityId), getProposition(authorityId, propositionId), "full", { capitalize: true }),
  );

const FRAP_5A3_APART =
  "This is not an amendment under FRAP 5(a)(3), which adds the § 1292(b) statement to an order that lacked it and starts the period from the amended order.";

function recertificationWords(warning: Extract<Warning, { code: "recertification-to-restart-window" }>): string {
  const opening =
    "The motion asks the Court to re-enter or recertify an order it already certified, so that the ten days to petition start again.";
  const circuitName = warning.circuit ? `the ${getCircuit(warning.circuit).name}` : "this circuit";
  const position = warning.circuit ? RECERTIFICATION_POSITIONS[warning.circuit] : undefined;
  if (position?.holding === "does-not-restart") {
    const authority =
      "authorityId" in position
        ? citationWords(position.authorityId, position.propositionId)
        : `${position.citation} (reporter citation not verified)`;
    return `${opening} In ${circuitName} that does not restart the jurisdictional period: ${authority}. ${FRAP_5A3_APART}`;
  }
  return `${opening} Whether it does in ${circuitName} is unsettled (not verified here): the Seventh and D.C. Circuits hold it does not (Groves v. United States; Strange v. Islamic Republic of Iran), and other circuits have been reported to allow it. ${FRAP_5A3_APART}`;
}

/** Party names for ids, in the draft's order. */
const partyNames = (ids: readonly string[], draft: MotionDraft): string[] =>
  draft.case.parties.filter((party) => ids.includes(party.id)).map((party) => party.name.trim());

function consentWords(
  warning: Extract<Warning, { code: "magistrate-consents-incomplete" }>,
  draft: MotionDraft,
): string {
  if (warning.recorded === 0)
    return "A magistrate judge presides by consent under 28 U.S.C. § 636(c): record each party's consent and its docket entry (the parties step), so the order can recite them.";
  const unserved = new Set(warning.unservedPartyIds);
  const served = warning.missingPartyIds.filter((id) => !unserved.has(id));
  const parts = [
    `A magistrate judge presides by consent under 28 U.S.C. § 636(c), but no consent is recorded for ${listWords(partyNames(warning.missingPartyIds, draft))}.`,
  ];
  if (served.length > 0) parts.push("Every party must consent before the magistrate judge may decide the motion.");
  if (unserved.size > 0) {
    const circuit = appellateCircuit(draft);
    const circuitName = circuit ? `the ${getCircuit(circuit).name}` : "this circuit";
    parts.push(
      warning.unservedRule === "required" && warning.authorityId && warning.propositionId
        ? `In ${circuitName} a named defendant must consent even before service: ${citationWords(warning.authorityId, warning.propositionId)}.`
        : `Whether a defendant not yet served must consent is unsettled in ${circuitName} (not verified here); the Ninth and Seventh Circuits require it (Williams v. King; Coleman v. Lab. & Indus. Rev. Comm'n of Wis.).`,
    );
  }
  return parts.join(" ");
}

/** "the second motion (Doc. 45)", as the wizard's Motion step numbers them: the first motion is the draft's own. */
const furtherMotionName = (draft: MotionDraft, id: string): string => {
  const index = (draft.furtherMotions ?? []).findIndex((motion) => motion.id === id);
  const number = draft.furtherMotions?.[index]?.docketNumber;
  return `motion ${index + 2}${number ? ` (docket no. ${number})` : ""}`;
};

/** "order 2 (March 3, 2020)", as the wizard's Order step numbers the orders under review. */
const furtherOrderName = (draft: MotionDraft, id: string): string => {
  const index = (draft.furtherOrders ?? []).findIndex((order) => order.id === id);
  const date = draft.furtherOrders?.[index]?.date;
  return `order ${index + 2}${date ? ` (${formatLongDate(date)})` : ""}`;
};

const listWords = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** "1 and 3": the further requests' places in the ruling step's list. */
const rulingNumbers = (ids: readonly string[], draft: MotionDraft): string =>
  listWords(
    ids
      .map((id) => (draft.otherRulings ?? []).findIndex((ruling) => ruling.id === id) + 1)
      .filter((n) => n > 0)
      .map(String),
  );

function questionRulingsWords(
  warning: Extract<Warning, { code: "question-rulings-disagree" }>,
  draft: MotionDraft,
): string {
  const numbers = warning.questionIds
    .map((id) => draft.certification.questions.findIndex((q) => q.id === id) + 1)
    .filter((n) => n > 0)
    .map(String);
  const which = `Question ${listWords(numbers)}`;
  if (warning.decision === "grant")
    return `The court grants certification in full, but ${which} is marked refused. Grant in part, or certify it.`;
  if (warning.decision === "deny")
    return `The court denies certification, but ${which} is marked certified. Grant in part, or refuse it.`;
  return `The court grants in part: say for each question whether it is certified or refused, with at least one of each (${which}).`;
}

/** A warning from the standards engine in plain words for the clerk, in the wizard and on the CLI (the engine gives codes and data). */
export function warningText(warning: Warning, draft: MotionDraft): string {
  switch (warning.code) {
    case "rule-59e-against-interlocutory-order":
      return `Rule 59(e) reaches a "judgment", which Rule 54(a) defines as "a decree and any order from which an appeal lies"; the order under review is interlocutory, and under Rule 54(b) it "may be revised at any time" before the entry of a judgment adjudicating all the claims. The order therefore considers the request under Rule 54(b), with the circuit's standard for revising an interlocutory order where the library holds one, not under the Rule 59(e) standard. Choose Rule 54(b) on this step to make that the court's own choice.`;
    case "rule-60b-against-interlocutory-order":
      return "The motion invokes Rule 60(b), which reaches only final judgments and orders, but the order under review is interlocutory. Consider applying Rule 54(b).";
    case "grant-without-all-findings":
      return `The court grants certification, but the findings do not yet establish ${listWords(warning.failing.map((e) => ELEMENT_NAMES[e]))}. All three elements must be met.`;
    case "deny-though-all-met-without-reasons":
      return "All three elements are met, yet the court denies certification. Say why the court exercises its discretion to deny.";
    case "stay-granted-certification-denied":
      return "The stay is granted although certification is denied: there is no appeal to wait for.";
    case "stay-pending-appeal-deferred-certification-denied":
      return "The ruling on a stay pending appeal is deferred, but certification is denied: there is no appeal to wait for. Consider denying the stay, or denying it as moot.";
    case "status-report-without-stay":
      return "The order asks for a status report, but it leaves no stay in place to report on.";
    case "further-order-stay-without-reasons":
      return "Proceedings are stayed pending further order of the Court with no reasons given: the library has no standard for this stay beyond the court's power to control its docket, so the order should say why.";
    case "stay-lifted-and-proceedings-stayed":
      return "The stay is lifted, but the ruling step stays proceedings again pending the petition. Check which the court intends.";
    case "magistrate-without-consent":
      return "A magistrate judge presides without the parties' consent under 28 U.S.C. § 636(c), and so cannot decide the motion.";
    case "successive-without-new-grounds":
      return "This is a successive motion that raises no new grounds.";
    case "untimely-motion":
      return `The motion was filed ${warning.daysAfterOrder} days after the order under review; in the ${getCircuit(warning.circuit).name} a delay beyond about ${warning.thresholdDays} days deserves a word in the order.`;
    case "mixed-question-framed": {
      const numbers = warning.questionIds
        .map((id) => draft.certification.questions.findIndex((q) => q.id === id) + 1)
        .filter((n) => n > 0);
      return numbers.length > 0
        ? `Question ${listWords(numbers.map(String))} reads like a question of fact or of applying law to facts, not a pure question of law.`
        : "Certification is granted on a question the controlling-question step marks as not a pure question of law.";
    }
    case "motion-before-order":
      return "A motion's filed date is before the date of an order under review; one of the dates is likely wrong.";
    case "further-motion-undecided":
      return `Choose how the court rules on ${listWords(warning.motionIds.map((id) => furtherMotionName(draft, id)))}: the decree says nothing of a motion without a ruling.`;
    case "motions-decided-differently":
      return `${listWords(warning.motionIds.map((id) => furtherMotionName(draft, id)))} ${warning.motionIds.length > 1 ? "are" : "is"} decided otherwise than the first motion, though the motions ask to certify the same order: decide on the Order step which orders are certified, or rule on the motions alike.`;
    case "order-decided-apart":
      return warning.certification === "grant"
        ? `Certification is granted, but not of ${listWords(warning.orderIds.map((id) => furtherOrderName(draft, id)))}: the decree declines to certify it, and the discussion should say why.`
        : `Certification is denied, so ${listWords(warning.orderIds.map((id) => furtherOrderName(draft, id)))} marked certified on its own is not certified: grant certification, or decide that order alike.`;
    case "reconsideration-granted-and-certified":
      return "Reconsideration is granted and the order is also certified: check that an order remains to certify.";
    case "decision-missing":
      return `Choose how the court rules on ${REQUEST_NAMES[warning.request]}.`;
    case "no-question-framed-on-grant":
      return "The court grants certification, but no question of law is framed for the court of appeals.";
    case "recertification-to-restart-window":
      return recertificationWords(warning);
    case "question-rulings-disagree":
      return questionRulingsWords(warning, draft);
    case "granted-though-untimely":
      return "The court finds the motion untimely, and no element fails, yet grants certification: delay in seeking certification is a ground to deny. Say why the court grants despite the delay, or deny.";
    case "magistrate-consents-incomplete":
      return consentWords(warning, draft);
    case "order-may-be-appealable":
      return `The order under review ${EFFECT_WORDS[warning.effect]}, so it may be appealable as of right under ${citationWords(warning.authorityId, warning.propositionId)}. Section 1292(b) reaches only an order "not otherwise appealable": check whether certification is needed, and note that the time to appeal as of right runs on its own.`;
    case "other-ruling-disposition-missing":
      return `Choose how the court rules on further request ${rulingNumbers(warning.rulingIds, draft)}.`;
    case "not-reached-ruling-decided":
      return `Further request ${rulingNumbers(warning.rulingIds, draft)} is not reached, but its reasons read as deciding it (granted, denied, a finding). Say why the court need not reach it, or choose the ruling it makes.`;
    case "close-motion-deferred":
      return `The order directs the Clerk to terminate the motion at docket ${listWords(warning.docketNumbers)}, which it defers: a deferred motion stays pending. Remove it from the motions to close, or rule on it.`;
    case "authority-after-order":
      return `The order is dated ${formatLongDate(warning.orderDate)}, but it cites ${listWords(warning.later.map(laterWords))}. An order cannot cite an authority decided after it: choose an earlier authority for that proposition, or check the order's date.`;
  }
}
