import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates/iso-date";
import { DocketNumberSchema } from "@/lib/docket/schema";
import { ClerkTextSchema, ShortTextSchema } from "./fields";

/**
 * The stays courts rule on beside a § 1292(b) motion. "proceedings" and "order-pending-appeal" are
 * the two kinds schema versions 1 and 2 knew; the rest are optional additions.
 */
export const StayKindSchema = z.enum([
  /** Proceedings here, pending the petition for permission to appeal and any appeal (Landis). */
  "proceedings",
  /** Proceedings here, pending another court's decision (`otherCourt` names it). */
  "proceedings-pending-other-court",
  /** Proceedings here, pending further order of this Court. */
  "proceedings-further-order",
  /** The order under review, or its execution (`orderStayed`), pending appeal (Nken). */
  "order-pending-appeal",
  /** Lifting or vacating a stay already in place (`liftAction`), on this motion or another party's (`liftMovant`). */
  "lift",
]);
export type StayKind = z.infer<typeof StayKindSchema>;

export const StayDecisionSchema = z.enum(["grant", "deny", "deny-as-moot", "defer", "grant-in-part"]);
export type StayDecision = z.infer<typeof StayDecisionSchema>;

export const StaySchema = z.object({
  requested: z.boolean().optional(),
  kind: StayKindSchema.optional(),
  likelySuccess: z.boolean().optional(),
  irreparableInjury: z.boolean().optional(),
  substantialInjuryToOthers: z.boolean().optional(),
  publicInterestFavorsStay: z.boolean().optional(),
  reasoning: ClerkTextSchema.optional(),
  decision: StayDecisionSchema.optional(),
  /** A section of its own; a footnote (seed 002's moot request); or with the motion as a whole, unmentioned (seed 000). */
  placement: z.enum(["section", "footnote", "with-motion"]).optional(),
  /** Where the motion asks for the stay: docket pin, e.g. "49-1 at 4". */
  requestCite: ShortTextSchema.optional(),
  /** Granted in part: the part stayed (or lifted), as the order names it after "as to", e.g. "discovery on Count III". */
  partGranted: ShortTextSchema.optional(),
  /** Pending another court's decision: as the order names it after "pending", e.g. "the Ninth Circuit's decision in Doe v. Roe". */
  otherCourt: ShortTextSchema.optional(),
  /** A stay pending appeal of the order itself, or of its execution. Unanswered: the order. */
  orderStayed: z.enum(["order", "execution"]).optional(),
  /** A stay already in place: lifted, or vacated. Unanswered: lifted. */
  liftAction: z.enum(["lift", "vacate"]).optional(),
  /** Who moved to lift the stay, as the order names the party; unanswered: the movant of this motion. */
  liftMovant: ShortTextSchema.optional(),
  /** The docket entry of the stay in place, e.g. "30". */
  stayInPlaceDocketNumber: DocketNumberSchema.optional(),
  /** A status report only when the court asks for one: within a number of days, or by a date. */
  statusReportBy: z.enum(["days", "date"]).optional(),
  statusReportDays: z.number().int().min(1).max(365).optional(),
  statusReportDate: IsoDateSchema.optional(),
});
