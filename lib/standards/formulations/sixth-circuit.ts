import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The Sixth Circuit's § 1292(b) standard: In re City of Memphis for the conditions and "sparingly",
 * West Tennessee Chapter (W.D. Tenn.) for a substantial ground. In re Trump (6th Cir. 2017, pins
 * open) is an alternative.
 */
export const SIXTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "three-elements": [{ authorityId: "in-re-city-of-memphis", propositionId: "three-conditions" }],
  "exceptional-circumstances": [
    { authorityId: "in-re-city-of-memphis", propositionId: "sparingly" },
    { authorityId: "coopers-lybrand-v-livesay", propositionId: "exceptional-circumstances" },
  ],
  "substantial-ground": [
    { authorityId: "28-usc-1292-b", propositionId: "substantial-ground" },
    { authorityId: "west-tennessee-chapter-v-city-of-memphis", propositionId: "substantial-ground" },
  ],
};
