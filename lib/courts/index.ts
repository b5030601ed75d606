/** Federal courts as data: the 13 circuits, the 94 districts, each district's default style, search and case-number checks. */
export { CircuitIdSchema, CircuitSchema, CIRCUITS, getCircuit, type Circuit, type CircuitId } from "./circuits";
export { COURT_STATES, type CourtStateCode } from "./court-states";
export { CourtStateSchema, DistrictSchema, type CourtState, type District } from "./district";
export { DISTRICTS } from "./districts";
export { DISTRICT_STYLE_OVERRIDES } from "./district-style-overrides";
export { HolidayRegionSchema, type HolidayRegion } from "./holiday-region";
export { StyleOverridesSchema, type StyleOverrides } from "@/lib/style/style-overrides";
export { mergeStyle } from "./merge-style";
export { defaultStyleFor } from "./default-style-for";
export { districtsInCircuit, findDistrict, getDistrict } from "./get-district";
export { searchDistricts } from "./search-districts";
export { checkCaseNumber } from "./case-number";
export { deadlineRegionFor } from "./deadline-region";
export { CIRCUIT_CLERK_STATES } from "./circuit-clerk-states";
