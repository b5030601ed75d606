import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The Fourth Circuit's § 1292(b) standard: Myles ("used sparingly ... strictly construed"), Michaels
 * for the pure question of law (pin open), Mayfield for Rule 59(e). In re Trump (4th Cir. 2020)
 * (en banc) was vacated and is never cited.
 */
export const FOURTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "narrow-construction": [{ authorityId: "myles-v-laffitte", propositionId: "used-sparingly" }],
  "pure-question-of-law": [{ authorityId: "michaels-v-agape-senior-community", propositionId: "pure-question-of-law" }],
  "reconsideration-59e": [
    { authorityId: "frcp-59-e", propositionId: "twenty-eight-days" },
    { authorityId: "mayfield-v-nascar", propositionId: "extraordinary-remedy" },
  ],
};
