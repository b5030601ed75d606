import { z } from "zod";
import { CircuitIdSchema } from "./circuits";
import { HolidayRegionSchema } from "./holiday-region";
import { StyleOverridesSchema } from "@/lib/style/style-overrides";

/** The state, commonwealth, district or territory a court sits in, by USPS code and name. */
export const CourtStateSchema = z.object({
  /** Two-letter USPS code: "CA", "DC", "PR", "GU", "MP", "VI". */
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
});
/** A state as data: `{ code: "NM", name: "New Mexico" }`. */
export type CourtState = z.infer<typeof CourtStateSchema>;

/**
 * One federal district court: caption name, citation abbreviation, circuit, state, holidays and
 * the district's default style.
 * @see 28 U.S.C. §§ 81-131 (judicial districts); 48 U.S.C. §§ 1424, 1611, 1821 (territorial courts)
 */
export const DistrictSchema = z.object({
  /** PACER court id, lowercase: "casd", "nmd", "dcd", "gud", "nmid". */
  id: z.string().regex(/^[a-z]{3,4}$/),
  /** "Southern District of California", "District of New Mexico". */
  name: z.string().min(1),
  /** Bluebook (Tables T1/T7) abbreviation in a citation parenthetical: "S.D. Cal.", "D.N.M.". */
  bluebook: z.string().min(1),
  circuit: CircuitIdSchema,
  state: CourtStateSchema,
  /** The court's name as it prints at the top of the caption, one entry per line. */
  captionLines: z.array(z.string().min(1)).min(1),
  /** True for the three territorial (Article IV) courts: Guam, Northern Mariana Islands, Virgin Islands. */
  isTerritorial: z.boolean(),
  holidayRegion: HolidayRegionSchema,
  /** What this district's orders customarily change from DEFAULT_STYLE; empty for most. */
  styleOverrides: StyleOverridesSchema,
});
/** A federal district court as data. */
export type District = z.infer<typeof DistrictSchema>;
