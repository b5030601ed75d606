import type { MotionDraft } from "@/lib/motion/schema";

/** A one-line summary for the drafts list: "Smith v. Jones, No. 17cv218" (or "Untitled draft"). */
export function draftTitle(draft: MotionDraft): string {
  const first = (side: "plaintiff" | "defendant") =>
    draft.case.parties.find((p) => p.side === side && p.name.trim() !== "")?.name.trim();
  const plaintiff = first("plaintiff");
  const defendant = first("defendant");
  const names = plaintiff && defendant ? `${plaintiff} v. ${defendant}` : (plaintiff ?? defendant);
  const number = draft.case.caseNumber?.trim();
  const parts = [names, number ? `No. ${number}` : undefined].filter(Boolean);
  return parts.length > 0 ? parts.join(", ").slice(0, 300) : "Untitled draft";
}
