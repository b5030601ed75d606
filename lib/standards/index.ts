/** The standards engine: draft → findings, and what an export still needs. */
export { evaluate } from "./evaluate";
export { readiness, type ReadinessItem } from "./readiness";
export { ELEMENTS_1292B } from "./1292b/elements";
export type { Decision, ElementDefinition, RequiredAnswer } from "./1292b/element-definition";
export { applyOrderOfAnalysis, DEFAULT_ORDER_OF_ANALYSIS, type OrderOfAnalysis } from "./1292b/order-of-analysis";
export { TIMELINESS_RULES, TIMELINESS_THRESHOLDS, type TimelinessRule } from "./timeliness-thresholds";
export { FACT_BOUND_PHRASES } from "./warnings/mixed-question-framed";
export { STEP_IDS, type StepId } from "./step-id";
export * from "./types";
