import { formatCitation, getAuthority, getProposition, plainText } from "@/lib/authorities";
import type { CiteFlag } from "@/lib/order-doc/types";

/** "Moore v. Brewster", or a statute or rule as it is cited: "42 U.S.C. § 1983". */
function nameOf(authorityId: string): string {
  const authority = getAuthority(authorityId);
  return authority.kind === "case"
    ? authority.name
    : plainText(formatCitation(authority, undefined, "full", { capitalize: true }));
}

/** The flag on a citation the clerk typed into the legal standard: the library does not hold it. */
export const TYPED_CITATION_NOTE =
  "Not verified: this citation was typed by the clerk and is not in the app's library; it prints as typed. Check it before filing.";

/**
 * A reviewer flag in words for the clerk and the judge: in the preview (on the citation) and as a
 * Word comment by the "Citation check" in the clerk's download. Plain text; library notes included.
 */
export function citeFlagNote(flag: CiteFlag): string {
  const name = nameOf(flag.authorityId);
  switch (flag.code) {
    case "pin-not-verified": {
      const proposition = flag.propositionId ? getProposition(flag.authorityId, flag.propositionId) : undefined;
      const where = proposition?.pin ? ` at ${proposition.pin}` : " (cited without a pin)";
      const why = proposition?.note ? ` ${proposition.note}` : "";
      return `Pin not verified: ${name}${where} was not seen in a source for this proposition.${why}`;
    }
    case "chambers-verified":
      return `Chambers' own authority: ${name}, verified by ${flag.verifiedBy} on ${flag.verifiedOn} (${flag.source}). Not in the app's library.`;
    case "as-cited-only":
      return `Verified only as cited: ${name} is cited as a real order cites it; it was not confirmed in a source. Check it before filing.`;
    case "negative-history":
      return `Subsequent history: ${name}, ${flag.history}. Check that it still stands for this proposition.`;
    case "caution":
      return `Caution (${name}): ${flag.caution}`;
  }
}
