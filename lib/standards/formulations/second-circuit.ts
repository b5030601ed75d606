import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/** The Second Circuit's § 1292(b) standard: Koehler, In re Flor, Klinghoffer, and Consub (S.D.N.Y.). */
export const SECOND_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "final-judgment-rule": [
    { authorityId: "koehler-v-bank-of-bermuda", propositionId: "basic-tenet" },
    { authorityId: "28-usc-1291", propositionId: "final-decisions" },
  ],
  // Klinghoffer states the narrow construction by quoting Coopers & Lybrand's "exceptional
  // circumstances"; citing Coopers again in the next sentence would repeat the same words.
  "narrow-construction": [{ authorityId: "klinghoffer-v-achille-lauro", propositionId: "exceptional-circumstances" }],
  "exceptional-circumstances": [],
  "controlling-question": [
    { authorityId: "klinghoffer-v-achille-lauro", propositionId: "controlling-question" },
    { authorityId: "consub-v-schahin", propositionId: "controlling" },
  ],
  "substantial-ground": [
    { authorityId: "klinghoffer-v-achille-lauro", propositionId: "substantial-ground" },
    { authorityId: "in-re-flor", propositionId: "analyze-strength" },
  ],
  "mere-disagreement": [{ authorityId: "in-re-flor", propositionId: "first-impression-insufficient" }],
};
