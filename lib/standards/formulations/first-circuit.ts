import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The First Circuit's § 1292(b) standard: Camacho's "hen's-teeth rare" (confirmed 2026-11-23) and
 * Perez for Rule 59(e). Caraballo-Seda (denials of motions to dismiss only) is an alternative.
 */
export const FIRST_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "narrow-construction": [{ authorityId: "camacho-v-puerto-rico-ports-authority", propositionId: "hens-teeth-rare" }],
  "reconsideration-59e": [
    { authorityId: "frcp-59-e", propositionId: "twenty-eight-days" },
    { authorityId: "perez-v-lorraine-enterprises", propositionId: "extraordinary-remedy" },
  ],
};
