import { SUPREME_COURT_FORMULATION } from "./supreme-court";
import type { Formulation } from "./types";

/** The Seventh Circuit's § 1292(b) standard: Ahrenholz's four criteria and reasonable time; Fisons through Coopers; Runnion for Rule 59(e). */
export const SEVENTH_CIRCUIT_FORMULATION: Formulation = {
  ...SUPREME_COURT_FORMULATION,
  "three-elements": [{ authorityId: "ahrenholz-v-board-of-trustees", propositionId: "four-criteria" }],
  timeliness: [{ authorityId: "ahrenholz-v-board-of-trustees", propositionId: "reasonable-time" }],
  "controlling-question": [
    { authorityId: "28-usc-1292-b", propositionId: "controlling-question" },
    { authorityId: "ahrenholz-v-board-of-trustees", propositionId: "four-criteria" },
  ],
  "pure-question-of-law": [{ authorityId: "ahrenholz-v-board-of-trustees", propositionId: "pure-question-of-law" }],
  "reconsideration-59e": [
    { authorityId: "frcp-59-e", propositionId: "twenty-eight-days" },
    { authorityId: "runnion-v-girl-scouts", propositionId: "extraordinary-remedies" },
  ],
  "stay-of-proceedings": [
    { authorityId: "ahrenholz-v-board-of-trustees", propositionId: "no-automatic-stay" },
    { authorityId: "landis-v-north-american", propositionId: "docket-control" },
  ],
};
