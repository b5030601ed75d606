export * from "./schema";
export { emptyDraft } from "./empty-draft";
export { LIMITS } from "./fields";
export { parseDraftJson, toDraftIssues, formatIssues, issuePath, type DraftIssue } from "./parse-draft";
export { upgradeDraft } from "./upgrade-draft";
export { DraftOfAnyVersionSchema } from "./draft-of-any-version";
