import { HolidayStateSchema, type HolidayRegion } from "@/lib/deadlines/schema";
import { CIRCUIT_CLERK_STATES } from "./circuit-clerk-states";
import type { District } from "./district";

/** The holiday region for a petition deadline from this district: its state and its circuit clerk's state. */
export function deadlineRegionFor(district: District): HolidayRegion {
  const code = district.holidayRegion.country === "US" ? district.holidayRegion.state : district.holidayRegion.country;
  const state = HolidayStateSchema.safeParse(code);
  return {
    country: "US",
    ...(state.success ? { state: state.data } : {}),
    circuitClerkState: CIRCUIT_CLERK_STATES[district.circuit],
  };
}
