/**
 * The revisions the review tests compare (tests only): real fixture orders and the edits a clerk
 * makes between revisions, each with the words it changes.
 */
import type { MotionDraft } from "@/lib/motion/schema";
import type { DraftedOrder } from "@/lib/order/draft-order";
import { drafted, editedDraft, fixtureDraft } from "./order-versions";

/** A fixture order before and after one edit. */
export type Revisions = { before: DraftedOrder; after: DraftedOrder };

function revisions(fixture: string, edit: (draft: MotionDraft) => void): Revisions {
  const draft = fixtureDraft(fixture);
  return { before: drafted(draft), after: drafted(editedDraft(draft, edit)) };
}

/** Seed 002 with the reconsideration reasoning reworded: "It appears that" → "It is plain that". */
export const editedReason = () =>
  revisions("seeds/002", (draft) => {
    draft.reconsideration.reasoning = draft.reconsideration.reasoning?.replace("It appears that", "It is plain that");
  });

/** Seed 002 without its first docket entry (the background paragraph on Doc. Nos. 44, 46). */
export const removedDocketEntry = () =>
  revisions("seeds/002", (draft) => {
    draft.docketEntries = draft.docketEntries.slice(1);
  });

/** Grant 102 with a third question certified. */
export const addedQuestion = () =>
  revisions("grants/102", (draft) => {
    draft.certification.questions.push({ id: "q3", text: "Whether the plaintiff consented to the recording." });
  });

/** Seed 002 citing another page of the motion for the stay request (the stay footnote changes). */
export const changedFootnote = () =>
  revisions("seeds/002", (draft) => {
    draft.stay.requestCite = "49-1 at 5";
  });

/** Grant 101 with several edits at once: a docket entry removed, a question added, a later order date. */
export const severalEdits = () =>
  revisions("grants/101", (draft) => {
    draft.docketEntries = draft.docketEntries.slice(1);
    draft.certification.questions.push({ id: "q9", text: "whether the clause is ambiguous" });
    draft.orderDate = "2026-08-03";
  });

/** Every edit above, by name (for `it.each`). */
export const ALL_EDITS: [string, () => Revisions][] = [
  ["edited reason", editedReason],
  ["removed docket entry", removedDocketEntry],
  ["added question", addedQuestion],
  ["changed footnote", changedFootnote],
  ["several edits", severalEdits],
];
