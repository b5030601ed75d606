export * from "./schema";
export * from "./caption-schema";
export { emptyDraft } from "./empty-draft";
export { LIMITS } from "./fields";
export { parseDraftJson, toDraftIssues, formatIssues, issuePath, type DraftIssue } from "./parse-draft";
