import type { Formulation } from "./types";

/**
 * The baseline every circuit starts from: the statute, the rules and the Supreme Court only. Used
 * as is for circuits not yet researched; slots with nothing verified at this level are empty.
 * @see 28 U.S.C. § 1292(b)
 */
export const SUPREME_COURT_FORMULATION: Formulation = {
  "final-judgment-rule": [{ authorityId: "28-usc-1291", propositionId: "final-decisions" }],
  "piecemeal-review": [{ authorityId: "eisen-v-carlisle-jacquelin", propositionId: "piecemeal-appeals" }],
  "narrow-construction": [],
  "exceptional-circumstances": [
    { authorityId: "coopers-lybrand-v-livesay", propositionId: "exceptional-circumstances" },
    { authorityId: "caterpillar-v-lewis", propositionId: "routine-resort" },
  ],
  burden: [],
  discretion: [{ authorityId: "swint-v-chambers-county", propositionId: "first-line-discretion" }],
  "discretion-to-deny": [],
  "three-elements": [{ authorityId: "28-usc-1292-b", propositionId: "certification-criteria" }],
  purpose: [],
  "no-jurisdiction-without-certification": [],
  timeliness: [],
  "controlling-question": [{ authorityId: "28-usc-1292-b", propositionId: "controlling-question" }],
  "pure-question-of-law": [],
  "substantial-ground": [{ authorityId: "28-usc-1292-b", propositionId: "substantial-ground" }],
  "mere-disagreement": [],
  "materially-advance": [{ authorityId: "28-usc-1292-b", propositionId: "materially-advance" }],
  "reconsideration-59e": [{ authorityId: "frcp-59-e", propositionId: "twenty-eight-days" }],
  "reconsideration-59e-grounds": [],
  "reconsideration-59e-no-relitigation": [{ authorityId: "exxon-shipping-v-baker", propositionId: "no-relitigation" }],
  "reconsideration-54b": [{ authorityId: "frcp-54-b", propositionId: "revisable" }],
  "reconsideration-60b": [{ authorityId: "frcp-60-b", propositionId: "final-judgment-only" }],
  "stay-pending-appeal": [{ authorityId: "nken-v-holder", propositionId: "four-factors" }],
  "stay-of-proceedings": [
    { authorityId: "landis-v-north-american", propositionId: "docket-control" },
    { authorityId: "28-usc-1292-b", propositionId: "no-automatic-stay" },
  ],
  "stay-inherent-power": [{ authorityId: "landis-v-north-american", propositionId: "docket-control" }],
  "frap-5a3": [
    { authorityId: "frap-5-a-3", propositionId: "amend-order" },
    { authorityId: "frap-5-a-3", propositionId: "time-runs-from-amended-order" },
  ],
};
