import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The Tenth Circuit's § 1292(b) standard: Carpenter, Carbajal (D. Colo.), and Servants of the
 * Paraclete for reconsideration. Pimentel (seed 000; pin open, a § 1292(a)(1) case) is an alternative.
 */
export const TENTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "narrow-construction": [{ authorityId: "carpenter-v-boeing", propositionId: "disfavored" }],
  "exceptional-circumstances": [
    { authorityId: "carbajal-v-keefer", propositionId: "exceedingly-rare" },
    { authorityId: "coopers-lybrand-v-livesay", propositionId: "exceptional-circumstances" },
  ],
  "reconsideration-59e-grounds": [
    { authorityId: "servants-of-paraclete-v-does", propositionId: "misapprehension" },
    { authorityId: "servants-of-paraclete-v-does", propositionId: "grounds" },
  ],
  "reconsideration-59e-no-relitigation": [
    { authorityId: "servants-of-paraclete-v-does", propositionId: "no-reargument" },
    { authorityId: "exxon-shipping-v-baker", propositionId: "no-relitigation" },
  ],
};
