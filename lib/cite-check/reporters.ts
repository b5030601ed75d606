/**
 * Reporters as Bluebook table T1 abbreviates them. A citation may space a reporter any way
 * ("F.Supp.2d", "S.Ct."): it is found by its letters, and the spacing check compares it with the
 * form here.
 */
export const T1_REPORTERS = [
  "U.S.",
  "S. Ct.",
  "L. Ed.",
  "L. Ed. 2d",
  "F.",
  "F.2d",
  "F.3d",
  "F.4th",
  "F. Supp.",
  "F. Supp. 2d",
  "F. Supp. 3d",
  "F. App'x",
  "F.R.D.",
  "B.R.",
  "Fed. Cl.",
  "Fed. Appx.",
  "Cal. Rptr.",
  "Cal. Rptr. 2d",
  "Cal. Rptr. 3d",
  "Cal. App. 4th",
  "Cal. App. 5th",
  "Cal. 4th",
  "Cal. 5th",
  "So. 2d",
  "So. 3d",
  "P.2d",
  "P.3d",
  "A.2d",
  "A.3d",
  "N.E.2d",
  "N.E.3d",
  "N.W.2d",
  "S.E.2d",
  "S.W.2d",
  "S.W.3d",
  "N.Y.S.2d",
  "N.Y.S.3d",
] as const;

/** A reporter's letters without spaces: "F.Supp.2d" and "F. Supp. 2d" are the same reporter. */
export const compactReporter = (reporter: string): string => reporter.replace(/\s+/g, "").replace(/[’‘]/g, "'");

const BY_COMPACT: ReadonlyMap<string, string> = new Map(T1_REPORTERS.map((r) => [compactReporter(r), r]));

/** The T1 form of a reporter however it was spaced, or undefined for a reporter not in the table. */
export function t1Reporter(written: string): string | undefined {
  return BY_COMPACT.get(compactReporter(written));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One alternative per reporter, any spacing between its parts; longest first so "F. Supp. 2d" wins over "F.". */
export const REPORTER_PATTERN = [...T1_REPORTERS]
  .sort((a, b) => compactReporter(b).length - compactReporter(a).length)
  .map((reporter) =>
    compactReporter(reporter)
      .split(/(?<=\.)|(?=\d[a-z]{1,2}$)/)
      .map((part) => escape(part).replace("'", "['’]"))
      .join("\\s*"),
  )
  .join("|");
