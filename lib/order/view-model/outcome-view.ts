import type { StyleProfile } from "@/lib/style/style-profile";
import type { Findings } from "@/lib/standards/types";
import { stayDecrees } from "./stay-decrees";

/** Disposition verbs in the chambers' form ("**DENIES**" in S.D. Cal., "DENIES" elsewhere). Markdown. */
export function verbsView(style: StyleProfile) {
  const verb = (word: string) => (style.boldDispositionVerbs ? `**${word}**` : word);
  return {
    denies: verb("DENIES"),
    grants: verb("GRANTS"),
    denied: verb("DENIED"),
    granted: verb("GRANTED"),
    denies_as_moot: verb("DENIES AS MOOT"),
    denied_as_moot_past: verb("DENIED AS MOOT"),
    certified: verb("CERTIFIED"),
    amended: verb("AMENDED"),
    stayed: verb("STAYED"),
    defers: verb("DEFERS"),
    deferred: verb("DEFERRED"),
    lifted: verb("LIFTED"),
    vacated: verb("VACATED"),
    granted_in_part: `${verb("GRANTED IN PART")} and ${verb("DENIED IN PART")}`,
  };
}

type Decree = { kind: string };

/** The decretal paragraphs for an order that grants anything (when all is denied, one sentence suffices). */
function decreesFor(findings: Findings): Decree[] {
  const decrees: Decree[] = [];
  const { reconsideration, certification } = findings;
  if (reconsideration.disposition === "granted" || reconsideration.disposition === "denied")
    decrees.push({ kind: `reconsideration-${reconsideration.disposition}` });
  if (certification.disposition === "granted" || certification.disposition === "denied")
    decrees.push({ kind: `certification-${certification.disposition}` });
  decrees.push(...stayDecrees(findings));
  if (certification.disposition === "granted") decrees.push({ kind: "petition-window" });
  return decrees;
}

/** The order's outcome words: title verb, introduction verb, decretal verb, not-reached sentence. */
export function outcomeView(findings: Findings, style: StyleProfile) {
  const dispositions = [
    findings.certification.disposition,
    findings.reconsideration.disposition,
    findings.stay.disposition,
  ].filter((disposition) => disposition !== "not-requested");
  const partly = dispositions.includes("granted-in-part");
  const anyGranted = dispositions.includes("granted") || partly;
  // One sentence denies the motion as a whole only when nothing else needs a decree of its own: a
  // status report the court asks for, another party's motion to lift a stay.
  const allDenied =
    !anyGranted &&
    dispositions.every((disposition) => disposition === "denied" || disposition === "denied-as-moot") &&
    findings.stay.statusReport === undefined &&
    findings.stay.liftMovant === undefined;
  const granted = findings.certification.disposition === "granted";
  // Certification granted in part is itself a grant and a denial.
  const mixed =
    findings.certification.inPart ||
    partly ||
    (anyGranted && dispositions.some((disposition) => disposition === "denied" || disposition === "denied-as-moot"));
  const verbs = verbsView(style);
  const firstFailure = findings.certification.elements.find((element) => element.status === "not-met");
  // Nothing decided yet: the title and decree do not pretend the court denied.
  const undecided = findings.certification.disposition === "undecided";
  return {
    undecided,
    certification: findings.certification.disposition,
    basis: findings.certification.basis,
    all_denied: allDenied,
    amends_order: findings.certification.amendsOrderUnderReview,
    in_part: findings.certification.inPart,
    title_verb: mixed ? "Granting in Part and Denying in Part" : anyGranted ? "Granting" : undecided ? "on" : "Denying",
    intro_verb: mixed
      ? `${verbs.grants} in part and ${verbs.denies} in part`
      : anyGranted
        ? verbs.grants
        : verbs.denies,
    should_be: mixed
      ? "should be granted in part and denied in part"
      : granted
        ? "should be granted"
        : "is not well-taken and should be denied",
    lower_verb_past: mixed ? "granted in part and denied in part" : anyGranted ? "granted" : "denied",
    upper_verb_past: mixed ? "GRANTED IN PART AND DENIED IN PART" : anyGranted ? "GRANTED" : "DENIED",
    not_reached_sentence: findings.certification.notReached.length > 0 && firstFailure !== undefined,
    first_failure: firstFailure?.element ?? "",
    decrees: decreesFor(findings),
    // Certification needs its own disposition sentence when other requests are decided apart from
    // it, or when a footnote disposing of the stay hangs from that sentence.
    separate_certification_disposition:
      findings.reconsideration.disposition !== "not-requested" ||
      (findings.stay.disposition !== "not-requested" && findings.stay.placement !== "with-motion"),
  };
}
