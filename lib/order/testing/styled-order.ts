import { makeDraft, mergeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import { orderPlainText } from "@/lib/render/plain-text";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { draftOrder } from "../draft-order";

/**
 * Tests only: a small ready draft (Acme Widgets v. Wood Holdings, the defendant moving to certify,
 * ECF 45) granted or denied, in the given style, with any further answers deep-merged in.
 */
export function styledDraft(
  decision: "grant" | "deny",
  styleOverrides: StyleOverrides,
  overrides: DraftOverrides<MotionDraft> = {},
): MotionDraft {
  const base = makeDraft({
    case: {
      districtId: "ilnd",
      caseNumber: "1:26-cv-00001",
      judge: { name: "Ada Lovelace", title: "district" },
      parties: [
        { id: "p", name: "Acme Widgets, Inc.", side: "plaintiff" },
        { id: "d", name: "Wood Holdings LLC", side: "defendant" },
      ],
    },
    orderUnderReview: { date: "2026-01-05", docketNumber: "40" },
    motion: {
      movantPartyIds: ["d"],
      titleAsFiled: "Motion to Certify Order for Interlocutory Appeal",
      docketNumber: "45",
    },
    certification: {
      decision,
      controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
      substantialGround: { basis: decision === "grant" ? "novel-and-difficult" : "none" },
      materiallyAdvance: { wouldMateriallyAdvance: true },
      stayProceedingsOnGrant: true,
    },
    orderDate: "2026-02-02",
    styleOverrides,
  });
  return mergeDraft(base, overrides);
}

/** Tests only: the order's title and its whole text on one line, as plain text prints it. */
export function printedOrder(draft: MotionDraft): { title: string; text: string } {
  const { doc, style } = draftOrder(draft);
  return { title: doc.title, text: orderPlainText(doc, style).replace(/\s+/g, " ") };
}
