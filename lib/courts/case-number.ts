/** Longest case number accepted: enough for "No. 1:11-cv-00446-LJO-BAM (PC)" with room to spare. */
const MAX_LENGTH = 80;

const EXAMPLE = "e.g. 1:11-cv-00446-LJO-BAM or 17cv218-MMA (BLM)";

/** "Case No.", "Civil Action No.", "No.:" and the like before the number itself. */
const LABEL = String.raw`(?:(?:case|civil\s+action|civil|civ\.?)\s+)?(?:no\.?:?\s*)?`;
/** The civil case-type marker: "cv", "Civ.", "C"; "md" for a multidistrict litigation's master docket. */
const MARKER = String.raw`(?:cv|civ\.?|md|c)`;
/** The division's office number: "1:", "2: " (an MDL caption prints "2: 11-md-2226"). */
const OFFICE = String.raw`(?:\d{1,2}:\s?)?`;
/** Year then marker: "1:11-cv-00446", "17cv218", "06 Civ. 13153", "19 C 1234", "12-cv-1326", "2:11-md-2226". */
const YEAR_FIRST = String.raw`${OFFICE}\d{2}\s?-?\s?${MARKER}\s?-?\s?\d{1,6}`;
/** Year and number without a marker, as some districts print them: "15-262-SLR" (D. Del.), "12-1125" (W.D. Tenn.). */
const UNMARKED = String.raw`${OFFICE}\d{2}-\d{1,6}`;
/** Marker then year: "Civ. 09-275", "CV 04-1566", "C 12-1527". */
const MARKER_FIRST = String.raw`${MARKER}[\s-]*\d{2}-\d{1,6}`;
/** The civil label carries the marker: "Civil Action No. 19-1234", "CIV. NO. 19-00123". */
const LABELLED = String.raw`(?:civil(?:\s+action)?|civ\.?|cv\.?)\s+no\.?:?\s*(?:\d{1,2}:)?\d{2}-\d{1,6}`;
/** Judges' initials and suffixes: "-LJO-BAM", " RHS/LFG", " (PC)", " (BLM)", run on in "2:06cv169KS-MTP". */
const SUFFIX = String.raw`(?:[\s-]*[a-z]{1,5}(?:[/-][a-z]{1,5})*)*(?:\s*\([a-z0-9]{1,6}(?:[/-][a-z0-9]{1,6})*\))*`;

const CASE_NUMBER = new RegExp(
  String.raw`^(?:${LABEL}(?:${YEAR_FIRST}|${MARKER_FIRST}|${UNMARKED})|${LABELLED})${SUFFIX}$`,
  "i",
);

/**
 * Whether text looks like a federal civil case number as a court prints it (CM/ECF
 * "1:11-cv-00446-LJO-BAM", S.D. Cal. "17cv218-MMA (BLM)", D.N.M. "Civ. 09-275 RHS/LFG",
 * S.D.N.Y. "06 Civ. 13153 (SAS)", D. Del. "15-262-SLR", an MDL's "2:11-md-2226-DCR"). A loose shape check for the form, not a docket lookup.
 */
export function checkCaseNumber(value: string): { ok: true } | { ok: false; message: string } {
  const text = value.trim();
  if (text === "") return { ok: false, message: `Enter the case number as the court prints it, ${EXAMPLE}` };
  if (text.length > MAX_LENGTH) {
    return {
      ok: false,
      message: `Keep the case number under ${MAX_LENGTH} characters, as the court prints it, ${EXAMPLE}`,
    };
  }
  if (!CASE_NUMBER.test(text)) {
    return {
      ok: false,
      message: `This does not look like a civil case number. Enter it as the court prints it, with the year and the number, ${EXAMPLE}`,
    };
  }
  return { ok: true };
}
