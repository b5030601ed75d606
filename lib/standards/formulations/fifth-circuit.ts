import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/** The Fifth Circuit's § 1292(b) standard: Garner (exceptional cases), Clark-Dietz (no fact review), Templet for Rule 59(e), Austin for Rule 54(b). */
export const FIFTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "exceptional-circumstances": [
    { authorityId: "united-states-v-garner", propositionId: "exceptional-cases" },
    { authorityId: "coopers-lybrand-v-livesay", propositionId: "exceptional-circumstances" },
  ],
  "pure-question-of-law": [{ authorityId: "clark-dietz-v-basic-construction", propositionId: "fact-review" }],
  "reconsideration-59e": [
    { authorityId: "frcp-59-e", propositionId: "twenty-eight-days" },
    { authorityId: "templet-v-hydrochem", propositionId: "extraordinary-remedy" },
  ],
  "reconsideration-59e-grounds": [{ authorityId: "templet-v-hydrochem", propositionId: "narrow-purpose" }],
  // Rule 54(b) governs an interlocutory order; Austin states the circuit's standard (pin open).
  "reconsideration-54b": [
    { authorityId: "frcp-54-b", propositionId: "revisable" },
    { authorityId: "austin-v-kroger", propositionId: "rule-54b-governs" },
  ],
  "reconsideration-59e-no-relitigation": [
    { authorityId: "templet-v-hydrochem", propositionId: "no-rehashing" },
    { authorityId: "exxon-shipping-v-baker", propositionId: "no-relitigation" },
  ],
};
