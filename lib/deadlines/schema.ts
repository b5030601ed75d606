import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates";

/**
 * Types of the deadline engine. Every period is counted in calendar days from a trigger date;
 * the holidays that can move a last day depend on the court's state (FRAP 26(a)(6)(C)).
 */

/**
 * States whose holidays the engine knows: the 50 states and D.C. (date-holidays "US" states) and
 * the territories with a district court that date-holidays carries as countries (PR, GU, VI).
 * FRAP 1(b): "'state' includes the District of Columbia and any United States commonwealth or
 * territory". The Northern Mariana Islands are missing: date-holidays has no data for them.
 */
export const HOLIDAY_STATES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
  "PR",
  "GU",
  "VI",
] as const;

/** A two-letter state, D.C. or territory code from {@link HOLIDAY_STATES}. */
export const HolidayStateSchema = z.enum(HOLIDAY_STATES);
export type HolidayState = z.infer<typeof HolidayStateSchema>;

/**
 * Where the court sits, for its legal holidays.
 * @see FRAP 26(a)(6)(C): state holidays count where the district court that rendered the order,
 *   or the circuit clerk's principal office, is located.
 * @see Fed. R. Civ. P. 6(a)(6)(C): for Civil Rule periods, only the district court's state counts.
 */
export const HolidayRegionSchema = z.object({
  country: z.literal("US"),
  /** The district court's state, e.g. "CA" for S.D. Cal. */
  state: HolidayStateSchema.optional(),
  /** The state of the circuit clerk's principal office, e.g. "CA" for the Ninth Circuit (San Francisco). */
  circuitClerkState: HolidayStateSchema.optional(),
});
export type HolidayRegion = z.infer<typeof HolidayRegionSchema>;

/**
 * One legal holiday. `basis` names the paragraph of FRAP 26(a)(6) / Fed. R. Civ. P. 6(a)(6):
 * "statute" = (A), a day set aside by 5 U.S.C. § 6103(a), on its observed date when it falls on a
 * weekend; "declaration" = (B), a day declared by the President or Congress; "state" = (C).
 */
export const LegalHolidaySchema = z.object({
  date: IsoDateSchema,
  name: z.string().min(1),
  source: z.enum(["federal", "state"]),
  basis: z.enum(["statute", "declaration", "state"]),
  /** For a state holiday: which state declared it. */
  state: HolidayStateSchema.optional(),
  /** For an observed day (5 U.S.C. § 6103(b)): the actual date it stands in for. */
  observedFrom: IsoDateSchema.optional(),
});
export type LegalHoliday = z.infer<typeof LegalHolidaySchema>;

/** A day the last day was carried past, and why (FRAP 26(a)(1)(C)). */
export const RolloverSchema = z.object({
  date: IsoDateSchema,
  reason: z.enum(["saturday", "sunday", "legal-holiday"]),
  /** Holidays on that date, also when it is a weekend day (Christmas on a Saturday). */
  holidays: z.array(LegalHolidaySchema),
});
export type Rollover = z.infer<typeof RolloverSchema>;

/** Typed warnings about a computed period; the UI puts them in words. */
export const PeriodWarningSchema = z.discriminatedUnion("code", [
  /** The 2009 time-computation amendments took effect Dec. 1, 2009; before, short periods skipped weekends. */
  z.object({ code: z.literal("before-2009-amendments"), triggerDate: IsoDateSchema }),
]);
export type PeriodWarning = z.infer<typeof PeriodWarningSchema>;

/** A period counted forward from a trigger date: the structured result behind every explanation line. */
export const ComputedPeriodSchema = z.object({
  triggerDate: IsoDateSchema,
  days: z.number().int().positive(),
  /** The day `days` after the trigger, before any rollover. */
  nominalLastDay: IsoDateSchema,
  /** Every day the last day was carried past, in order. */
  rolledOver: z.array(RolloverSchema),
  /** The last day once FRAP 26(a)(1)(C) has carried it past weekends and holidays. */
  dueDate: IsoDateSchema,
  warnings: z.array(PeriodWarningSchema),
});
export type ComputedPeriod = z.infer<typeof ComputedPeriodSchema>;

/** The petition deadline: a computed period with its explanation lines for the clerk. */
export const PetitionDeadlineSchema = ComputedPeriodSchema.extend({ explanation: z.array(z.string()) });
export type PetitionDeadline = z.infer<typeof PetitionDeadlineSchema>;
