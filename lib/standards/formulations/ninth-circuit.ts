import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/**
 * The Ninth Circuit's § 1292(b) standard (ICTSI, whose pin is open, is an alternative only): In re Cement, Couch, Reese, James, the Rule 59(e) line
 * (Carroll, McDowell, Herron), and district courts within the circuit where AUTHORITIES.md verifies
 * them (Fukuda). As-cited authorities (Tenet Healthcare, Brizzee) are alternatives only.
 */
export const NINTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "final-judgment-rule": [
    { authorityId: "28-usc-1291", propositionId: "final-decisions" },
    { authorityId: "in-re-cement-antitrust", propositionId: "consent-of-both-courts" },
  ],
  "narrow-construction": [{ authorityId: "james-v-price-stern-sloan", propositionId: "construed-narrowly" }],
  // Coopers's words alone: In re Cement's "exceptional circumstances" (a paraphrase citing Coopers) would say it twice.
  "exceptional-circumstances": [
    { authorityId: "coopers-lybrand-v-livesay", propositionId: "exceptional-circumstances" },
  ],
  burden: [{ authorityId: "fukuda-v-county-of-los-angeles", propositionId: "burden" }],
  "three-elements": [
    { authorityId: "reese-v-bp-exploration", propositionId: "statutory-requirements" },
    { authorityId: "couch-v-telescope", propositionId: "all-three-required" },
  ],
  purpose: [{ authorityId: "united-states-v-adam-bros", propositionId: "purpose" }],
  "no-jurisdiction-without-certification": [
    { authorityId: "in-re-gugliuzza", propositionId: "no-jurisdiction-without-certification" },
  ],
  "controlling-question": [{ authorityId: "in-re-cement-antitrust", propositionId: "controlling" }],
  "substantial-ground": [{ authorityId: "couch-v-telescope", propositionId: "substantial-ground-circumstances" }],
  "mere-disagreement": [{ authorityId: "couch-v-telescope", propositionId: "mere-disagreement" }],
  "reconsideration-59e": [
    { authorityId: "carroll-v-nakatani", propositionId: "extraordinary-remedy" },
    { authorityId: "mcdowell-v-calderon", propositionId: "highly-unusual-circumstances" },
  ],
  "reconsideration-59e-grounds": [{ authorityId: "allstate-v-herron", propositionId: "four-grounds" }],
  "reconsideration-54b": [{ authorityId: "santa-monica-baykeeper", propositionId: "inherent-power" }],
  "stay-pending-appeal": [
    { authorityId: "nken-v-holder", propositionId: "four-factors" },
    { authorityId: "leiva-perez-v-holder", propositionId: "not-more-likely" },
  ],
};
