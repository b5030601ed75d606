/** Circuit formulations of the § 1292(b) standard and companion requests, as data keyed by slot. */
export * from "./types";
export { SUPREME_COURT_FORMULATION } from "./supreme-court";
export { FORMULATIONS, formulationFor } from "./formulation-for";
export { ALTERNATIVES, ALTERNATIVES_IN_EVERY_CIRCUIT } from "./alternatives";
