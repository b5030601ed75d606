import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The Eighth Circuit's § 1292(b) standard: White v. Nix ("granted sparingly", the movant's "heavy
 * burden"), Union County; Innovative Home Health Care for Rule 59(e), Nordgren as an alternative.
 */
export const EIGHTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "narrow-construction": [{ authorityId: "union-county-v-piper-jaffray", propositionId: "extraordinary" }],
  "exceptional-circumstances": [
    { authorityId: "white-v-nix", propositionId: "granted-sparingly" },
    { authorityId: "coopers-lybrand-v-livesay", propositionId: "exceptional-circumstances" },
  ],
  burden: [{ authorityId: "white-v-nix", propositionId: "heavy-burden" }],
  "reconsideration-59e-grounds": [{ authorityId: "innovative-home-health-care", propositionId: "limited-function" }],
  "reconsideration-59e-no-relitigation": [
    { authorityId: "innovative-home-health-care", propositionId: "no-new-arguments" },
    { authorityId: "exxon-shipping-v-baker", propositionId: "no-relitigation" },
  ],
};
