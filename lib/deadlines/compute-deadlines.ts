import { addDaysFrap26 } from "./add-days-frap26";
import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates";
import { DEADLINE_RULES } from "./deadline-rules";
import { explainPeriod } from "./explain-period";
import type { DeadlineTrigger, HolidayRegion, RelatedDeadline } from "./schema";

/** The later trigger dates, as far as they are known, and anything that moves a last day. */
export const ComputeDeadlinesOptionsSchema = z.object({
  /** Days declared holidays by the President or Congress (FRAP 26(a)(6)(B), Fed. R. Civ. P. 6(a)(6)(B)). */
  declaredHolidays: z.array(IsoDateSchema).optional(),
  /** When the petition was served: starts the answer / cross-petition period. */
  petitionServedDate: IsoDateSchema.optional(),
  /**
   * False when the petition was served by mail or commercial carrier and not delivered that day:
   * FRAP 26(c) then adds 3 days. Unset counts as delivered (electronic service is), the earlier,
   * safe date.
   */
  isPetitionDeliveredOnServiceDate: z.boolean().optional(),
  /** Entry in the court of appeals of the order granting permission to appeal (FRAP 5(d)(2)). */
  permissionOrderEntryDate: IsoDateSchema.optional(),
  /**
   * Entry of a final judgment. Rule 59(e) reaches judgments only: an interlocutory order, which is
   * what a § 1292(b) order certifies, is reconsidered under Rule 54(b), so there is no default.
   */
  judgmentEntryDate: IsoDateSchema.optional(),
});
export type ComputeDeadlinesOptions = z.infer<typeof ComputeDeadlinesOptionsSchema>;

const TRIGGER_VERB: Record<DeadlineTrigger, string> = {
  "order-entered": "Entered",
  "petition-served": "Petition served",
  "permission-order-entered": "Permission to appeal entered",
  "judgment-entered": "Judgment entered",
};

/**
 * The petition deadline for an order entered on `entryDate`, with the periods that follow it:
 * answer or cross-petition, perfecting the appeal, and (for a final judgment) Rule 59(e).
 * @see DEADLINE_RULES for each period's source.
 */
export function computeDeadlines(
  entryDate: string,
  region: HolidayRegion,
  options: ComputeDeadlinesOptions = {},
): RelatedDeadline[] {
  const triggers: Record<DeadlineTrigger, string | undefined> = {
    "order-entered": entryDate,
    "petition-served": options.petitionServedDate,
    "permission-order-entered": options.permissionOrderEntryDate,
    "judgment-entered": options.judgmentEntryDate,
  };
  return DEADLINE_RULES.map((rule): RelatedDeadline => {
    const base = {
      id: rule.id,
      title: rule.title,
      source: rule.source,
      days: rule.days,
      trigger: rule.trigger,
      isExtendable: rule.isExtendable,
    };
    const triggerDate = triggers[rule.trigger];
    if (triggerDate === undefined) return { ...base, status: "awaiting-trigger" };
    // FRAP 26(c) applies only to a period that runs from service.
    const isMailed = rule.trigger === "petition-served" && options.isPetitionDeliveredOnServiceDate === false;
    const period = addDaysFrap26(triggerDate, rule.days, region, options.declaredHolidays, {
      rule: rule.rule,
      serviceDaysAdded: isMailed ? 3 : 0,
    });
    return { ...base, status: "computed", period, explanation: explainPeriod(period, TRIGGER_VERB[rule.trigger]) };
  });
}
