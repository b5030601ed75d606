import type { Alternatives, CircuitAlternatives } from "./types";

/**
 * Other propositions a chambers may choose for a slot instead of the circuit's default: authorities
 * the seeds cite that are only `as-cited` or whose pins are open, narrower holdings, and second
 * choices. A circuit with nothing more verified has none.
 */
export const ALTERNATIVES: Alternatives = {
  "1st": {
    // Only when the order under review denied a motion to dismiss.
    "narrow-construction": [
      { authorityId: "caraballo-seda-v-municipality-of-hormigueros", propositionId: "motion-to-dismiss" },
    ],
  },
  "2d": {
    // In re Flor holds that review is exceptional, not who bears the burden (issue 13): no burden alternative here.
    "exceptional-circumstances": [
      { authorityId: "in-re-flor", propositionId: "exceptional-circumstances", signal: "see" },
    ],
    "narrow-construction": [{ authorityId: "koehler-v-bank-of-bermuda", propositionId: "great-care" }],
    "substantial-ground": [{ authorityId: "consub-v-schahin", propositionId: "genuine-doubt" }],
  },
  "3d": {},
  "4th": {},
  "5th": {
    "mere-disagreement": [
      { authorityId: "clark-dietz-v-basic-construction", propositionId: "correctness-of-liability" },
    ],
  },
  "6th": {
    discretion: [{ authorityId: "in-re-trump-sixth-circuit", propositionId: "guiding-criteria" }],
  },
  "7th": {
    "exceptional-circumstances": [
      { authorityId: "fisons-v-united-states", propositionId: "exceptional-circumstances" },
    ],
  },
  "8th": {
    "reconsideration-59e-grounds": [{ authorityId: "nordgren-v-hennepin-county", propositionId: "limited-grounds" }],
  },
  "9th": {
    discretion: [
      { authorityId: "united-states-v-tenet-healthcare", propositionId: "sound-discretion" },
      { authorityId: "brizzee-v-fred-meyer", propositionId: "unfettered-discretion" },
    ],
    "discretion-to-deny": [{ authorityId: "brizzee-v-fred-meyer", propositionId: "unfettered-discretion" }],
    "exceptional-circumstances": [{ authorityId: "in-re-cement-antitrust", propositionId: "exceptional-situations" }],
    "three-elements": [
      { authorityId: "in-re-cement-antitrust", propositionId: "three-elements" },
      { authorityId: "villarreal-v-caremark", propositionId: "all-three-required" },
    ],
    purpose: [{ authorityId: "in-re-cement-antitrust", propositionId: "consent-of-both-courts" }],
    "no-jurisdiction-without-certification": [{ authorityId: "couch-v-telescope", propositionId: "jurisdictional" }],
    "pure-question-of-law": [
      { authorityId: "ictsi-v-ilwu", propositionId: "question-of-fact" },
      { authorityId: "brizzee-v-fred-meyer", propositionId: "pure-question-of-law" },
      { authorityId: "brizzee-v-fred-meyer", propositionId: "not-application-of-law", signal: "see" },
    ],
    "substantial-ground": [{ authorityId: "reese-v-bp-exploration", propositionId: "reasonable-jurists" }],
    "materially-advance": [{ authorityId: "in-re-cement-antitrust", propositionId: "exceptional-situations" }],
    "reconsideration-59e": [
      { authorityId: "tripati-v-henman", propositionId: "substantive-change" },
      { authorityId: "kona-v-estate-of-bishop", propositionId: "extraordinary-remedy" },
      { authorityId: "mcdowell-v-calderon", propositionId: "used-sparingly" },
    ],
    "reconsideration-59e-grounds": [
      { authorityId: "united-national-v-spectrum", propositionId: "three-grounds" },
      { authorityId: "school-district-1j-v-acands", propositionId: "three-grounds" },
    ],
    "reconsideration-54b": [
      { authorityId: "santa-monica-baykeeper", propositionId: "rescind-certification" },
      { authorityId: "frcp-54-b", propositionId: "revisable" },
    ],
    "stay-pending-appeal": [{ authorityId: "nken-v-holder", propositionId: "time-stand-still" }],
    "stay-of-proceedings": [{ authorityId: "landis-v-north-american", propositionId: "hardship" }],
  },
  "10th": {
    "final-judgment-rule": [{ authorityId: "pimentel-v-pimentel", propositionId: "final-decisions" }],
  },
  "11th": {
    "exceptional-circumstances": [{ authorityId: "mcfarlin-v-conseco", propositionId: "exceptional-cases" }],
    "pure-question-of-law": [{ authorityId: "mcfarlin-v-conseco", propositionId: "antithesis" }],
  },
  dc: {
    "controlling-question": [
      { authorityId: "ray-v-american-national-red-cross", propositionId: "decide-before-certifying" },
    ],
  },
  fed: {},
};

/**
 * Choices open in every circuit: the statute's own words for the three elements, as seed 001
 * states them ("The Court may certify an order … if it believes …").
 */
export const ALTERNATIVES_IN_EVERY_CIRCUIT: CircuitAlternatives = {
  "three-elements": [{ authorityId: "28-usc-1292-b", propositionId: "may-certify" }],
};
