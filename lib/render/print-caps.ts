/**
 * Upper-cases text for titles and caps headings, keeping the lower-case subsection letters of
 * statutes and rules as courts print them: "28 U.S.C. § 1292(b)" → "28 U.S.C. § 1292(b)", "RULE 59(e)".
 */
export function printCaps(text: string): string {
  return text
    .toUpperCase()
    .replace(/(\d)((?:\([A-Z]{1,4}\))+)/g, (_match, digit: string, groups: string) => digit + groups.toLowerCase());
}
