import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates";
import { addDaysFrap26 } from "./add-days-frap26";
import { explainPeriod } from "./explain-period";
import { HolidayRegionSchema, type PetitionDeadline } from "./schema";

/** § 1292(b): "within ten days after the entry of the order". A statute: the 2009 amendments left it at 10. */
export const PETITION_DAYS = 10;

/** What the petition deadline needs: the entry date and where the court sits. */
export const PetitionDeadlineInputSchema = z.object({
  /** Entry on the docket of the order containing the § 1292(b) statement (or of the order amended under FRAP 5(a)(3)). */
  entryDate: IsoDateSchema,
  region: HolidayRegionSchema,
  /** Days declared holidays by the President or Congress (FRAP 26(a)(6)(B)). */
  declaredHolidays: z.array(IsoDateSchema).optional(),
});
export type PetitionDeadlineInput = z.infer<typeof PetitionDeadlineInputSchema>;

/**
 * When the petition for permission to appeal is due in the court of appeals: 10 days after entry,
 * counted under FRAP 26(a)(1). No 3 days for service (the period runs from entry, not service, so
 * FRAP 26(c) does not apply), and the court of appeals may not extend it (FRAP 26(b)(1)).
 * @see 28 U.S.C. § 1292(b); FRAP 5(a)(2)-(3); FRAP 26(a)(1), 26(a)(6), 26(b)(1)
 */
export function petitionDeadline({
  entryDate,
  region,
  declaredHolidays = [],
}: PetitionDeadlineInput): PetitionDeadline {
  const period = addDaysFrap26(entryDate, PETITION_DAYS, region, declaredHolidays);
  return {
    ...period,
    explanation: [
      ...explainPeriod(period, "Entered"),
      "No days are added for service: the time runs from entry. The court of appeals may not extend it (FRAP 26(b)(1)).",
    ],
  };
}
