import { getCircuit } from "@/lib/courts";
import { formatLongDate } from "@/lib/dates/format-date";
import { petitionDeadlineForDraft } from "@/lib/standards/petition-deadline-for-draft";
import type { MotionDraft } from "@/lib/motion/schema";
import { isNumberedHeadingStyle, type StyleProfile } from "@/lib/style/style-profile";
import { consentCoverage } from "@/lib/standards/magistrate-consent";
import type { Findings } from "@/lib/standards/types";
import { oneParagraph } from "../clerk-text";
import { docketDirective } from "../directives";
import { RECONSIDERATION_RULE_NAMES } from "../rule-names";
import { citeView } from "./cite-view";
import { historyView } from "./history-view";
import { asPhrase } from "./clerk-sentence";
import { lowerTitle, splitMotionTitle } from "./motion-title";
import { latinView, movantView } from "./movant-view";
import { motionNamingView } from "./motion-naming";
import { soleQuestion } from "./question-view";
import { certificationVariantsView, elementsInDiscussionOrder } from "./certification-variants-view";
import { reliefView } from "./relief-view";
import { addedStandardView } from "./added-standard-view";
import { otherRulingsView } from "./other-rulings-view";
import { outcomeView, verbsView } from "./outcome-view";
import { filedAsNaming, filedAsWords, filedVerbsView } from "./filed-as-view";
import { standardView } from "./standard-view";
import { ordersView } from "./orders-view";
import { motionsView, withFurtherMotionDecrees } from "./motions-view";
import { stayView } from "./stay-view";

/**
 * The decretal formula: the chambers' own, or the one its introduction's formula goes with (THIS
 * MATTER → "IT IS THEREFORE ORDERED", presently-before → "the Court DENIES", else "Accordingly").
 */
function decreeStyleView(style: StyleProfile) {
  const byOpening = {
    "this-matter": "it-is-therefore-ordered",
    "presently-before": "court-verb",
    "pending-before": "accordingly",
  } as const;
  const form = style.decree.form === "by-opening" ? byOpening[style.introOpening] : style.decree.form;
  return {
    form,
    numbered: style.decree.numbered,
    so_ordered: style.decree.soOrdered ?? style.introOpening !== "this-matter",
  };
}

/** Everything the templates may read, with every key present (the engine runs with strict variables). */
export function buildViewModel(draft: MotionDraft, findings: Findings, style: StyleProfile) {
  const latin = latinView(style.italicizeLatin);
  // A title typed with its movant ("Defendant's Motion to …") loses it: the order names the movant itself.
  const typedTitle = splitMotionTitle(draft.motion.titleAsFiled ?? "");
  const styledAs = draft.motion.movantStyledAs?.trim() || typedTitle.styledAs || "";
  const movant = movantView(draft, latin, styledAs);
  const outcome = outcomeView(findings, style, filedAsWords(draft));
  const variants = certificationVariantsView(draft, findings);
  const title = typedTitle.title || "Motion for Certification of Interlocutory Appeal";
  const properNames = draft.case.parties.flatMap((party) => [party.name, party.shortName ?? ""]);
  const orderDate = draft.orderUnderReview.date;
  const orderRef = orderDate ? `${formatLongDate(orderDate)} Order` : "Order";
  const motionNumber = draft.motion.docketNumber;
  const deadline = findings.certification.disposition === "granted" ? petitionDeadlineForDraft(draft) : undefined;
  const { reconsideration, stay, successive } = findings;
  const ruleApplied = reconsideration.ruleApplied ?? "54b";
  const ruleInvoked = reconsideration.ruleInvoked ?? ruleApplied;
  // The movant's own styling ("Appellant's") names the motions in the title; else every movant as one group.
  const first = {
    disposition: findings.certification.disposition,
    title,
    styling: styledAs ? movant.styled_possessive : "",
  };
  const motions = motionsView(draft, latin, first);
  return {
    style: {
      intro_opening: style.introOpening,
      heading_style: style.headingStyle,
      // Numbered headings ("I.", "1.") carry the full outline: background, standard, discussion.
      numbered_headings: isNumberedHeadingStyle(style.headingStyle),
      introduction_heading: style.introductionHeading,
      title_form: style.titleForm,
      title_ruling: style.titleRuling,
    },
    decree_style: decreeStyleView(style),
    // A decree printed as the clause after "IT IS ORDERED that" opens in lower case (the conclusion sets it).
    as_clause: false,
    // The stay request opening a sentence (a decree sets it); mid-sentence otherwise.
    stay_start: false,
    court: { circuit_name: findings.circuit ? getCircuit(findings.circuit).name : "" },
    case: { nature_of_action: draft.case.natureOfAction ?? "" },
    latin,
    movant,
    verbs: verbsView(style),
    filed_verbs: filedVerbsView(draft, style),
    cite: citeView(),
    standard: standardView(draft, findings.circuit),
    standard_added: addedStandardView(draft),
    outcome,
    decrees: withFurtherMotionDecrees(outcome.decrees, motions),
    motions,
    orders: ordersView(draft, findings.certification.disposition === "granted"),
    further: otherRulingsView(draft, style),
    motion: {
      title,
      title_lower: lowerTitle(title, properNames),
      noun: /^application\b/i.test(title) ? "application" : "motion",
      short_noun: `${draft.motion.isExParte ? `${latin.ex_parte} ` : ""}motion`,
      is_ex_parte: draft.motion.isExParte === true,
      docket_clause: motionNumber ? docketDirective([motionNumber], "clause") : "",
      docket_sentence: motionNumber ? docketDirective([motionNumber], "sentence") : "",
      relief: reliefView(draft.motion.reliefSought),
      ...motionNamingView(style, findings),
      ...filedAsNaming(draft),
    },
    order: {
      ref: orderRef,
      date_long: orderDate ? formatLongDate(orderDate) : "[date]",
      docket_clause: draft.orderUnderReview.docketNumber
        ? docketDirective([draft.orderUnderReview.docketNumber], "clause")
        : "",
      // Printed mid-sentence ("this Court's order entered on … denying …."): one paragraph.
      decided: asPhrase(oneParagraph(draft.orderUnderReview.decided ?? "")),
    },
    elements: elementsInDiscussionOrder(
      findings.certification.elements.map((element) => ({
        id: element.element,
        status: element.status,
        reason: element.reason,
        reasoning: element.reasoning ?? "",
      })),
      draft.certification.elementsDiscussedTogether,
    ),
    // Each printed in the statutory statement or as one numbered item: one paragraph each (on a grant, those certified).
    questions: variants.questions,
    // The one question, when there is exactly one (strict variables: `questions.first` of none fails).
    sole_question: soleQuestion(variants.questions),
    variants: variants.variants,
    certification: {
      exceptional_reasoning: draft.certification.exceptionalCircumstancesReasoning ?? "",
      discretionary_reasoning: draft.certification.discretionaryDenialReasoning ?? "",
      // No status report unless the clerk orders one (schema version 1 assumed 14 days; upgradeDraft writes them in).
      // A status report the stay step asks for takes its place (one report, in a decree of its own).
      status_report_days: stay.statusReport ? 0 : (draft.certification.statusReportDays ?? 0),
    },
    amendment: { requested: draft.amendment.requested === true },
    reconsideration: {
      requested: reconsideration.disposition !== "not-requested",
      disposition: reconsideration.disposition,
      rule_applied: ruleApplied,
      rule_changed: ruleApplied !== ruleInvoked,
      rule_invoked: ruleInvoked,
      rule_invoked_name: RECONSIDERATION_RULE_NAMES[ruleInvoked],
      rule_applied_name: RECONSIDERATION_RULE_NAMES[ruleApplied],
      movant_argument: draft.reconsideration.movantArgument ?? "",
      reasoning: reconsideration.reasoning ?? "",
      grounds_shown: reconsideration.groundsShown,
      grounds_not_argued: groundsNotArgued(draft, ruleApplied),
    },
    stay: stayView(draft, stay),
    successive: {
      is_successive: successive.isSuccessive,
      raises_new_grounds: successive.raisesNewGrounds === true,
      reasoning: successive.reasoning ?? "",
      prior_docket_sentence: draft.successive.priorDenialDocketNumber
        ? docketDirective([draft.successive.priorDenialDocketNumber], "sentence")
        : "",
    },
    history: historyView(draft),
    consent: consentView(draft, findings),
    deadline: { entry_date: deadline ? (draft.orderDate ?? "") : "", due_date: deadline?.dueDate ?? "" },
  };
}

/**
 * The grounds for reconsideration the clerk answered the movant does not argue, in the order the
 * standard lists them: only findings the clerk made are printed.
 */
function groundsNotArgued(draft: MotionDraft, ruleApplied: string): string[] {
  const r = draft.reconsideration;
  return [
    r.newEvidence === false ? "new-evidence" : "",
    r.clearErrorOrManifestInjustice === false ? "clear-error" : "",
    r.interveningChangeInLaw === false ? "intervening-change" : "",
    ruleApplied === "60b" && r.extraordinaryCircumstances === false ? "extraordinary-circumstances" : "",
  ].filter(Boolean);
}

/**
 * The § 636(c) recital when a magistrate judge presides by consent: "All parties" only when every
 * party's consent is recorded (the warnings name any party missing), with the consents' docket entries.
 */
function consentView(draft: MotionDraft, findings: Findings) {
  const recited = findings.presidingJudge === "magistrate-by-consent";
  const { missing, docketNumbers } = consentCoverage(draft);
  return {
    recited,
    all_covered: recited && missing.length === 0,
    docket_sentence: recited && docketNumbers.length > 0 ? docketDirective(docketNumbers, "sentence") : "",
  };
}

export type ViewModel = ReturnType<typeof buildViewModel>;
