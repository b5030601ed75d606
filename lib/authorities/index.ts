/**
 * The authority library: cases, statutes and rules as typed data with their verification records,
 * and the citation formatter. Templates cite propositions by id; pins and quotations live here.
 */
export * from "./types";
export { defineCase, defineStatute, defineRule } from "./define-authority";
export {
  findAuthority,
  getAuthority,
  getProposition,
  isInLibrary,
  knownChoices,
  listAuthorities,
  withAuthorities,
} from "./registry";
export { checkLibrary } from "./check-library";
export { statementContainsQuote } from "./statement-contains-quote";
export { formatCitation, type CitationForm, type FormatCitationOptions } from "./format-citation";
export { emphasisRuns, mergeRuns, plainText, textRun } from "./emphasis-runs";
