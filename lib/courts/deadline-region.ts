import { HolidayStateSchema, type HolidayRegion } from "@/lib/deadlines/schema";
import { CIRCUIT_CLERK_STATES } from "./circuit-clerk-states";
import type { CircuitId } from "./circuits";
import type { District } from "./district";

/**
 * The holiday region for a petition deadline from this district: its own state, and the state of
 * the principal office of the clerk of the court that hears the appeal (FRAP 26(a)(6)(C)). That
 * court is passed in, never assumed from the district: an action within the Federal Circuit's
 * jurisdiction appeals to Washington, D.C. (28 U.S.C. § 1292(c)(1); FRAP 1(b) makes D.C. a "state").
 */
export function deadlineRegionFor(district: District, appealsTo: CircuitId): HolidayRegion {
  const code = district.holidayRegion.country === "US" ? district.holidayRegion.state : district.holidayRegion.country;
  const state = HolidayStateSchema.safeParse(code);
  return {
    country: "US",
    ...(state.success ? { state: state.data } : {}),
    circuitClerkState: CIRCUIT_CLERK_STATES[appealsTo],
  };
}
