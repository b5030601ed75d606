import { z } from "zod";

/**
 * Where a district's legal holidays come from, as arguments to `new Holidays(country, state)`
 * (date-holidays 3.x). FRAP 26(a)(6) counts federal holidays and days declared a holiday by the
 * state where the district court sits.
 *
 * What date-holidays supports (checked against 3.37.0): all 50 states and "DC" as US states;
 * Puerto Rico ("PR"), Guam ("GU") and the U.S. Virgin Islands ("VI") only as separate countries,
 * whose lists are local and may omit a federal holiday (GU lacks Washington's Birthday), so a
 * caller should combine them with `new Holidays("US")`; the Northern Mariana Islands ("MP") are
 * not supported at all, so that district falls back to the federal list alone.
 * @see FRAP 26(a)(6)
 */
export const HolidayRegionSchema = z.discriminatedUnion("country", [
  z.object({
    country: z.literal("US"),
    state: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  }),
  z.object({ country: z.enum(["PR", "GU", "VI"]) }),
]);
/** A date-holidays region: `{ country: "US", state: "CA" }` or `{ country: "GU" }`. */
export type HolidayRegion = z.infer<typeof HolidayRegionSchema>;
