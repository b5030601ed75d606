import { z } from "zod";
import {
  AmendmentSchema,
  CaseSchema,
  CertificationSchema,
  MotionDraftSchema,
  MotionSchema,
  OrderUnderReviewSchema,
  ReconsiderationSchema,
  StaySchema,
  SuccessiveSchema,
} from "@/lib/motion/schema";
import { STEP_SLOTS, slotChoicesSlice } from "./standard-slots";
import { HeadingStyleSchema, StyleProfileSchema, TitleFormSchema } from "@/lib/style/style-profile";

/** The chambers' choice of authorities for the step's slots of the legal standard. */
const analysisFor = (step: keyof typeof STEP_SLOTS) => slotChoicesSlice(STEP_SLOTS[step] ?? []);

/**
 * One slice of MotionDraftSchema per wizard step: the part of the draft the step's form edits,
 * nested exactly as in the draft so that form field names are the draft's dotted paths
 * ("case.judge.name") and a zod issue's path is the field's name.
 */

export const CourtSliceSchema = z.object({
  case: CaseSchema.pick({ districtId: true, isWithinFederalCircuitJurisdiction: true, judge: true }),
});

export const PartiesSliceSchema = z.object({
  case: CaseSchema.pick({ parties: true, natureOfAction: true, caseNumber: true, caption: true }),
});

/** The order under review, and any further orders the motion asks to certify with it. */
export const OrderSliceSchema = z.object({
  orderUnderReview: OrderUnderReviewSchema,
  furtherOrders: MotionDraftSchema.shape.furtherOrders,
});

/** The motion, any further motions decided in the same order, and which companion requests travel with it. */
export const MotionSliceSchema = z.object({
  motion: MotionSchema,
  furtherMotions: MotionDraftSchema.shape.furtherMotions,
  motionsDecidedTogether: MotionDraftSchema.shape.motionsDecidedTogether,
  reconsideration: ReconsiderationSchema.pick({ requested: true }),
  stay: StaySchema.pick({ requested: true }),
  amendment: AmendmentSchema.omit({ form: true }),
  successive: SuccessiveSchema.pick({ isSuccessive: true }),
});

/** The docket entries the background recounts, and (for a successive motion) the earlier denial. */
export const HistorySliceSchema = z.object({
  docketEntries: MotionDraftSchema.shape.docketEntries,
  successive: SuccessiveSchema.omit({ isSuccessive: true }),
});

export const QuestionsSliceSchema = z.object({
  certification: CertificationSchema.pick({ questions: true }),
});

export const ControllingQuestionSliceSchema = z.object({
  certification: CertificationSchema.pick({ controllingQuestion: true }),
  analysis: analysisFor("controlling-question"),
});

export const SubstantialGroundSliceSchema = z.object({
  certification: CertificationSchema.pick({ substantialGround: true }),
  analysis: analysisFor("substantial-ground"),
});

export const MateriallyAdvanceSliceSchema = z.object({
  certification: CertificationSchema.pick({ materiallyAdvance: true }),
  analysis: analysisFor("materially-advance"),
});

export const ReconsiderationSliceSchema = z.object({
  reconsideration: ReconsiderationSchema.omit({ requested: true }),
  analysis: analysisFor("reconsideration"),
});

export const StaySliceSchema = z.object({
  stay: StaySchema.omit({ requested: true }),
  analysis: analysisFor("stay"),
});

/** The review step: the court's ruling, the order of analysis, the date it signs, the title it prints, the general standard's authorities. */
export const ReviewSliceSchema = z.object({
  certification: CertificationSchema.pick({
    decision: true,
    discretionaryDenialReasoning: true,
    stayProceedingsOnGrant: true,
    statusReportDays: true,
    exceptionalCircumstancesReasoning: true,
    untimeliness: true,
    elementsDiscussedTogether: true,
  }),
  /** How the statement is added when the motion asks to amend the order (the motion step asks whether it does). */
  amendment: AmendmentSchema.pick({ form: true }),
  analysis: MotionDraftSchema.shape.analysis.pick({ order: true }).extend(analysisFor("ruling").shape),
  orderDate: MotionDraftSchema.shape.orderDate,
  orderTitle: MotionDraftSchema.shape.orderTitle,
  /** Further requests decided in the same order, further directions, and sentences added to the legal standard. */
  otherRulings: MotionDraftSchema.shape.otherRulings,
  directions: MotionDraftSchema.shape.directions,
  addedStandardSentences: MotionDraftSchema.shape.addedStandardSentences,
  /** The order's form for this draft, over the chambers' style: title, headings, decretal language, docket cites. */
  styleOverrides: z
    .object({
      titleForm: TitleFormSchema.optional(),
      titleRuling: StyleProfileSchema.shape.titleRuling.optional(),
      headingStyle: HeadingStyleSchema.optional(),
      decree: StyleProfileSchema.shape.decree.pick({ form: true }).partial().optional(),
      docketCite: StyleProfileSchema.shape.docketCite.pick({ form: true }).partial().optional(),
    })
    .optional(),
});

export type CourtSlice = z.infer<typeof CourtSliceSchema>;
export type PartiesSlice = z.infer<typeof PartiesSliceSchema>;
export type OrderSlice = z.infer<typeof OrderSliceSchema>;
export type MotionSlice = z.infer<typeof MotionSliceSchema>;
export type HistorySlice = z.infer<typeof HistorySliceSchema>;
export type QuestionsSlice = z.infer<typeof QuestionsSliceSchema>;
export type ControllingQuestionSlice = z.infer<typeof ControllingQuestionSliceSchema>;
export type SubstantialGroundSlice = z.infer<typeof SubstantialGroundSliceSchema>;
export type MateriallyAdvanceSlice = z.infer<typeof MateriallyAdvanceSliceSchema>;
export type ReconsiderationSlice = z.infer<typeof ReconsiderationSliceSchema>;
export type StaySlice = z.infer<typeof StaySliceSchema>;
export type ReviewSlice = z.infer<typeof ReviewSliceSchema>;
