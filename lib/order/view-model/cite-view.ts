import { citeDirective, mentionDirective } from "../directives";

/** Library ids of the statutes and rules the templates cite by name. */
export const TEMPLATE_AUTHORITIES = {
  statute1292b: "28-usc-1292-b",
  frap5a: "frap-5-a",
  frcp54a: "frcp-54-a",
  statute636c: "28-usc-636-c",
} as const;

/** Cites the templates place directly (statute and rules), as directives. */
export function citeView() {
  return {
    /** "under 28 U.S.C. § 1292(b)" in running text. */
    statute_1292b: mentionDirective(TEMPLATE_AUTHORITIES.statute1292b),
    /** The statute as a citation clause after a sentence. */
    statute_1292b_cite: citeDirective(TEMPLATE_AUTHORITIES.statute1292b),
    see_statute_1292b_proviso: citeDirective(TEMPLATE_AUTHORITIES.statute1292b, undefined, "see"),
    statute_1292b_window: citeDirective(TEMPLATE_AUTHORITIES.statute1292b),
    frap_5a: citeDirective(TEMPLATE_AUTHORITIES.frap5a),
    /** "under 28 U.S.C. § 636(c)" in the recital of a magistrate judge's consent jurisdiction. */
    statute_636c: mentionDirective(TEMPLATE_AUTHORITIES.statute636c),
    /** Rule 54(a)'s definition of a judgment, for a Rule 59(e) motion against an interlocutory order. */
    frcp_54a: citeDirective(TEMPLATE_AUTHORITIES.frcp54a, "judgment-defined"),
  };
}
