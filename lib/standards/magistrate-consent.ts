import type { CircuitId } from "@/lib/courts/circuits";
import type { MotionDraft } from "@/lib/motion/schema";

/**
 * Circuits that hold a named defendant not yet served must consent too before a magistrate judge
 * may decide the case under § 636(c)(1), with the authority that says so. Elsewhere the question
 * is treated as unsettled: not verified here (the Fifth Circuit's Neals v. Norwood, 59 F.3d 530,
 * is described by another court as holding unserved defendants are not parties; not confirmed).
 */
export const UNSERVED_MUST_CONSENT: Partial<Record<CircuitId, { authorityId: string; propositionId: string }>> = {
  "9th": { authorityId: "williams-v-king", propositionId: "all-named-parties" },
  "7th": { authorityId: "coleman-v-lirc", propositionId: "both-sides-consent" },
};

/** Each party's § 636(c) consent as recorded: who consented (with the docket entries) and who did not. */
export function consentCoverage(draft: MotionDraft) {
  const parties = draft.case.parties.filter((party) => party.name.trim() !== "");
  const consented = parties.filter((party) => party.consentDocketNumber !== undefined);
  const missing = parties.filter((party) => party.consentDocketNumber === undefined);
  return {
    consented,
    missing,
    /** The consents' docket entries, each once, in docket order. */
    docketNumbers: [...new Set(consented.map((party) => party.consentDocketNumber!))].sort(
      (a, b) => parseFloat(a.replace("-", ".")) - parseFloat(b.replace("-", ".")),
    ),
  };
}
