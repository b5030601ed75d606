import { emptyDraft } from "@/lib/motion/empty-draft";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { draftOrder, type DraftedOrder } from "./draft-order";

/**
 * A small denial (Acme Widgets v. Wood Holdings, N.D. Ill., whose district style is the neutral
 * federal one) in the given style: what the chambers' style page shows beside its choices.
 */
export function sampleDraft(style: StyleOverrides): MotionDraft {
  const draft = emptyDraft();
  return {
    ...draft,
    case: {
      ...draft.case,
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
      ...draft.motion,
      movantPartyIds: ["d"],
      titleAsFiled: "Motion to Certify Order for Interlocutory Appeal",
      docketNumber: "45",
    },
    certification: {
      ...draft.certification,
      decision: "deny",
      controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
      substantialGround: { basis: "none" },
      materiallyAdvance: { wouldMateriallyAdvance: true },
      stayProceedingsOnGrant: true,
    },
    orderDate: "2026-02-02",
    styleOverrides: style,
  };
}

/** The sample order drafted by the one pipeline in `style` (lib/render/style-sample-lines cuts it to a few lines). */
export function draftStyleSample(style: StyleOverrides): DraftedOrder {
  return draftOrder(sampleDraft(style));
}
