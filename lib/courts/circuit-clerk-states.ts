import type { HolidayState } from "@/lib/deadlines/schema";
import type { CircuitId } from "./circuits";

/**
 * Where each court of appeals' clerk keeps its principal office: FRAP 26(a)(6)(C) counts that
 * state's holidays too. Seats per 28 U.S.C. § 48 (1st Boston, 2d New York, 3d Philadelphia,
 * 4th Richmond, 5th New Orleans, 6th Cincinnati, 7th Chicago, 8th St. Louis, 9th San Francisco,
 * 10th Denver, 11th Atlanta, D.C. and Federal Circuits Washington).
 */
export const CIRCUIT_CLERK_STATES: Record<CircuitId, HolidayState> = {
  "1st": "MA",
  "2d": "NY",
  "3d": "PA",
  "4th": "VA",
  "5th": "LA",
  "6th": "OH",
  "7th": "IL",
  "8th": "MO",
  "9th": "CA",
  "10th": "CO",
  "11th": "GA",
  dc: "DC",
  fed: "DC",
};
