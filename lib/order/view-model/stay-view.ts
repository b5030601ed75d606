import type { MotionDraft } from "@/lib/motion/schema";
import { PENDING_APPEAL_STAY_KINDS, PROCEEDINGS_STAY_KINDS, stayKindOf } from "@/lib/standards/companions/stay-kinds";
import type { StayFindings } from "@/lib/standards/types";
import { oneParagraph } from "../clerk-text";
import { docketDirective } from "../directives";
import { asPhrase } from "./clerk-sentence";

/** "49-1 at 4" (as the clerk typed it in the stay step) → a docket citation sentence. */
function stayRequestCite(value: string | undefined): string {
  const match = /^\s*(\d{1,5}(?:-\d{1,3})?)(?:\s+at\s+(\S{1,20}))?\s*$/.exec(value ?? "");
  if (!match) return "";
  return docketDirective([match[1]!], "sentence", match[2], "see");
}

/**
 * What "Proceedings in this Court are STAYED" waits for: the stay of proceedings the court grants,
 * or the petition and appeal when the certification order stays proceedings on its own.
 */
function proceedingsPending(stay: StayFindings): "appeal" | "other-court" | "further-order" {
  const kind = stayKindOf(stay.kind);
  const granted = stay.disposition === "granted" || stay.disposition === "granted-in-part";
  if (granted && kind === "proceedings-pending-other-court") return "other-court";
  if (granted && kind === "proceedings-further-order") return "further-order";
  return "appeal";
}

/** Clerk words printed mid-sentence: one paragraph, without the period they were typed with. */
const inSentence = (text: string | undefined) => asPhrase(oneParagraph(text ?? ""));

/** The stay as the templates read it (every key present: the engine runs with strict variables). */
export function stayView(draft: MotionDraft, stay: StayFindings) {
  const kind = stayKindOf(stay.kind);
  const requested = stay.disposition !== "not-requested";
  const partly = stay.disposition === "granted-in-part";
  const report = stay.statusReport;
  return {
    requested,
    disposition: stay.disposition,
    kind,
    in_footnote: requested && stay.placement === "footnote",
    in_section: requested && stay.placement === "section",
    reasoning: stay.reasoning ?? "",
    request_cite: stayRequestCite(draft.stay.requestCite),
    /** Moot because there is no appeal to wait for (the order says why: no jurisdiction without certification). */
    moot_for_appeal: stay.disposition === "denied-as-moot" && PENDING_APPEAL_STAY_KINDS.has(kind),
    part: partly ? inSentence(draft.stay.partGranted) : "",
    proceedings_part: partly && PROCEEDINGS_STAY_KINDS.has(kind) ? inSentence(draft.stay.partGranted) : "",
    proceedings_pending: proceedingsPending(stay),
    other_court: inSentence(draft.stay.otherCourt),
    order_stayed: draft.stay.orderStayed ?? "order",
    lift_verb: draft.stay.liftAction ?? "lift",
    // A name keeps its period ("Acme Corp.").
    lift_movant: oneParagraph(stay.liftMovant ?? "").trim(),
    in_place_docket: draft.stay.stayInPlaceDocketNumber
      ? docketDirective([draft.stay.stayInPlaceDocketNumber], "clause")
      : "",
    /** A stay this order puts in place, whose end a status report can follow. */
    in_place: (stay.disposition === "granted" || partly) && kind !== "lift",
    status_report_by: report?.by ?? "",
    status_report_days: report?.by === "days" ? report.days : 0,
    status_report_date: report?.by === "date" ? report.date : "",
  };
}
