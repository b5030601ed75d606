import type { MotionDraft } from "@/lib/motion/schema";
import { docketDirective } from "../directives";
import { listClerkMarkers } from "@/lib/motion/clerk-markers";

/** The background's docket entries in order: only those the clerk described, each with its docket cite. */
export function historyView(draft: MotionDraft) {
  const entries = draft.docketEntries.filter((entry) => (entry.narrative ?? "").trim() !== "");
  return entries.map((entry, index) => {
    const previous = entries[index - 1];
    const narrative = entry.narrative ?? "";
    // The clerk placed the docket cites inside the narrative: do not add another at the end.
    const citesInside = listClerkMarkers(narrative).markers.some((marker) => marker.kind === "doc");
    const numbers = [entry.number, ...(entry.alsoNumbers ?? [])].filter((number): number is string => !!number);
    return {
      date: entry.date ?? "",
      same_date_as_previous: !!entry.date && previous?.date === entry.date,
      omit_date_prefix: entry.omitDatePrefix === true,
      continues: entry.continuesParagraph === true,
      narrative,
      docket_sentence: citesInside ? "" : docketDirective(numbers, "sentence"),
    };
  });
}
