import type { CircuitId } from "./circuits";
import { COURT_STATES, type CourtStateCode } from "./court-states";
import { DistrictSchema, type District } from "./district";

/** The fields of a district that are not derived by default. */
export type DistrictExtras = Partial<
  Pick<District, "captionLines" | "isTerritorial" | "holidayRegion" | "styleOverrides">
>;

/**
 * Builds and validates one DISTRICTS row. Defaults: caption "UNITED STATES DISTRICT COURT" over
 * the name in capitals; not territorial; the state's holidays; no style overrides.
 */
export function defineDistrict(
  id: string,
  name: string,
  bluebook: string,
  circuit: CircuitId,
  stateCode: CourtStateCode,
  extras: DistrictExtras = {},
): District {
  return DistrictSchema.parse({
    id,
    name,
    bluebook,
    circuit,
    state: { code: stateCode, name: COURT_STATES[stateCode] },
    captionLines: extras.captionLines ?? ["UNITED STATES DISTRICT COURT", name.toUpperCase()],
    isTerritorial: extras.isTerritorial ?? false,
    holidayRegion: extras.holidayRegion ?? { country: "US", state: stateCode },
    styleOverrides: extras.styleOverrides ?? {},
  });
}
