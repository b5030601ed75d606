import { IsoDateSchema, daysBetween } from "@/lib/dates/iso-date";
import type { MotionDraft } from "@/lib/motion/schema";
import type { MotionSlice } from "./slice-schemas";
import type { StepIssue } from "./wizard-step";

const isIsoDate = (value: string | undefined): value is string => IsoDateSchema.safeParse(value).success;

/** How the wizard names a further motion: the first motion is motion 1, so the first further one is motion 2. */
export const furtherMotionLabel = (index: number) => `Motion ${index + 2}`;

/**
 * Each further motion needs its movants, among the parties (the order names a motion by who filed
 * it; a party removed since leaves an id the picker no longer shows), and cannot be
 * filed before the order under review was entered. Values are read defensively: the check also
 * runs while the schema fails elsewhere.
 */
export function checkFurtherMotions(values: MotionSlice, draft: MotionDraft): StepIssue[] {
  const entered = draft.orderUnderReview?.date;
  const partyIds = new Set(draft.case.parties.map((party) => party.id));
  return (values.furtherMotions ?? []).flatMap((motion, index) => {
    const base = `furtherMotions.${index}`;
    const name = furtherMotionLabel(index);
    const issues: StepIssue[] = [];
    if (!Array.isArray(motion?.movantPartyIds) || motion.movantPartyIds.length === 0) {
      issues.push({ path: `${base}.movantPartyIds`, message: `Choose who filed ${name.toLowerCase()}` });
    } else if (motion.movantPartyIds.some((id) => !partyIds.has(id))) {
      issues.push({
        path: `${base}.movantPartyIds`,
        message: `${name} names a movant no longer among the parties: choose who filed it again`,
      });
    }
    const filed = motion?.filedDate;
    if (isIsoDate(filed) && isIsoDate(entered) && daysBetween(entered, filed) < 0) {
      issues.push({
        path: `${base}.filedDate`,
        message: `${name}'s filed date cannot be before the order under review's date`,
      });
    }
    return issues;
  });
}
