import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates/iso-date";
import { DocketNumberSchema } from "@/lib/docket/schema";
import { ClerkTextSchema, ItemIdSchema } from "./fields";

/**
 * A further order the motion asks to certify with the first (`orderUnderReview`): corpus order 23
 * certifies a summary-judgment order and the order denying reconsideration of it. The first order
 * keeps its own answers (effect, reconsideration); a further one is named, dated and certified.
 */
export const FurtherOrderSchema = z.object({
  id: ItemIdSchema,
  /** Date the order was entered on the docket. */
  date: IsoDateSchema.optional(),
  docketNumber: DocketNumberSchema.optional(),
  /** What the order did, as a phrase completing "the order …": "denying reconsideration of that order". */
  decided: ClerkTextSchema.optional(),
  /**
   * The court's decision on certifying this order, when it decides it apart from the first order;
   * unanswered, it follows the certification decision.
   */
  certificationDecision: z.enum(["grant", "deny"]).optional(),
});

/** Further orders under review, after the first; a draft without them names one order, as before. */
export const FurtherOrdersSchema = z.array(FurtherOrderSchema).max(10);

export type FurtherOrder = z.infer<typeof FurtherOrderSchema>;
