import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates/iso-date";
import { DocketNumberSchema } from "@/lib/docket/schema";
import { ClerkTextSchema, ItemIdSchema, LIMITS, ShortTextSchema } from "./fields";

/**
 * A further motion to certify decided in the same order as the first (`motion`): corpus order 15
 * grants two motions filed by different groups of defendants. Each has its own movants, docket
 * entries, relief and disposition.
 */
export const FurtherMotionSchema = z.object({
  id: ItemIdSchema,
  /** The motion's title as filed; unanswered, the order calls it a motion for certification. */
  titleAsFiled: ShortTextSchema.optional(),
  movantPartyIds: z.array(ItemIdSchema).max(LIMITS.listItems),
  filedDate: IsoDateSchema.optional(),
  docketNumber: DocketNumberSchema.optional(),
  oppositionDocketNumber: DocketNumberSchema.optional(),
  replyDocketNumber: DocketNumberSchema.optional(),
  /** What this motion asks for, in the clerk's words, when not the same relief as the first. */
  reliefSought: ClerkTextSchema.optional(),
  /** The court's decision on this motion (the engine warns while it is unanswered). */
  decision: z.enum(["grant", "deny"]).optional(),
});

/** Further motions after the first; a draft without them decides one motion, as before. */
export const FurtherMotionsSchema = z.array(FurtherMotionSchema).max(10);

/** The court decides all the motions in one sentence ("The motions … are GRANTED") instead of one paragraph each. */
export const MotionsDecidedTogetherSchema = z.boolean();

export type FurtherMotion = z.infer<typeof FurtherMotionSchema>;
