import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The D.C. Circuit's § 1292(b) standard as the District of Columbia's district court states it
 * (Judicial Watch); Ray v. American National Red Cross is an alternative.
 */
export const DC_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  // Judicial Watch quotes Nixon's "strong congressional policy against piecemeal reviews": Eisen would say it twice.
  "piecemeal-review": [{ authorityId: "judicial-watch-v-nepdg", propositionId: "high-standard" }],
  burden: [{ authorityId: "judicial-watch-v-nepdg", propositionId: "burden" }],
  "controlling-question": [{ authorityId: "judicial-watch-v-nepdg", propositionId: "controlling" }],
};
