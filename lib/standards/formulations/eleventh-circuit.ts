import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/** The Eleventh Circuit's § 1292(b) standard: Mamani's five conditions and McFarlin's pure question of law and burden. */
export const ELEVENTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "three-elements": [
    { authorityId: "28-usc-1292-b", propositionId: "certification-criteria" },
    { authorityId: "mamani-v-berzain", propositionId: "five-conditions" },
  ],
  burden: [{ authorityId: "mcfarlin-v-conseco", propositionId: "burden" }],
  "pure-question-of-law": [
    { authorityId: "mcfarlin-v-conseco", propositionId: "pure-controlling-question" },
    { authorityId: "mcfarlin-v-conseco", propositionId: "settled-law" },
  ],
};
