import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The Federal Circuit's § 1292(b) standard: the statute, with § 1292(c)(1) for its exclusive
 * jurisdiction in cases within 28 U.S.C. § 1295. No Federal Circuit opinion on the standard is verified.
 */
export const FEDERAL_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "three-elements": [
    { authorityId: "28-usc-1292-b", propositionId: "certification-criteria" },
    { authorityId: "28-usc-1292-c-1", propositionId: "federal-circuit-jurisdiction" },
  ],
};
