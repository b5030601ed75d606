import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/** The Third Circuit's § 1292(b) standard: Katz v. Carte Blanche (en banc) for the elements and "controlling". */
export const THIRD_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "three-elements": [
    { authorityId: "28-usc-1292-b", propositionId: "certification-criteria" },
    { authorityId: "katz-v-carte-blanche", propositionId: "three-requirements" },
  ],
  "controlling-question": [
    { authorityId: "katz-v-carte-blanche", propositionId: "reversal-after-final-hearing" },
    { authorityId: "katz-v-carte-blanche", propositionId: "serious-to-conduct" },
  ],
};
