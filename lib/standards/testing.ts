import type { MotionDraft } from "@/lib/motion/schema";
import { makeDraft, mergeDraft, type DraftOverrides } from "@/lib/motion/testing";

/**
 * Tests only: a draft with every answer an export needs, modelled on seed 002 (S.D. Cal., pro se
 * plaintiff, Rule 59(e) reconsideration denied, certification denied for want of a controlling
 * question of law, the rest not reached, stay denied as moot in a footnote). Overrides deep-merge.
 */
export function seed002Draft(overrides: DraftOverrides<MotionDraft> = {}): MotionDraft {
  const base = makeDraft({
    case: {
      districtId: "casd",
      caseNumber: "17cv218-MMA (BLM)",
      judge: { name: "Michael M. Anello", title: "district" },
      parties: [
        { id: "p1", name: "James Linlor", side: "plaintiff", isProSe: true },
        { id: "d1", name: "Futero, Inc.", side: "defendant" },
        { id: "d2", name: "DOES 1-9", side: "defendant" },
      ],
    },
    orderUnderReview: { date: "2018-03-22", docketNumber: "47", isFinalJudgment: false, enteredBy: "district-judge" },
    motion: {
      titleAsFiled: "Ex Parte Motion for Modification to Order to Permit Interlocutory Appeal",
      movantPartyIds: ["p1"],
      filedDate: "2018-03-28",
      docketNumber: "49",
      attachmentNumbers: ["49-1"],
      isExParte: true,
    },
    certification: {
      controllingQuestion: { isPureQuestionOfLaw: false },
      decision: "deny",
    },
    reconsideration: { requested: true, ruleInvoked: "59e", decision: "deny" },
    stay: { requested: true, requestCite: "49-1 at 4" },
    orderDate: "2018-04-05",
  });
  return mergeDraft(base, overrides);
}
