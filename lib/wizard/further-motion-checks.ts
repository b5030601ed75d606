import { IsoDateSchema, daysBetween } from "@/lib/dates/iso-date";
import type { MotionDraft } from "@/lib/motion/schema";
import type { MotionSlice } from "./slice-schemas";
import type { StepIssue } from "./wizard-step";

const isIsoDate = (value: string | undefined): value is string => IsoDateSchema.safeParse(value).success;

/** How the wizard names a further motion: the first motion is motion 1, so the first further one is motion 2. */
export const furtherMotionLabel = (index: number) => `Motion ${index + 2}`;

/**
 * Each further motion needs its movants (the order names a motion by who filed it), and cannot be
 * filed before the order under review was entered. Values are read defensively: the check also
 * runs while the schema fails elsewhere.
 */
export function checkFurtherMotions(values: MotionSlice, draft: MotionDraft): StepIssue[] {
  const entered = draft.orderUnderReview?.date;
  return (values.furtherMotions ?? []).flatMap((motion, index) => {
    const base = `furtherMotions.${index}`;
    const name = furtherMotionLabel(index);
    const issues: StepIssue[] = [];
    if (!Array.isArray(motion?.movantPartyIds) || motion.movantPartyIds.length === 0) {
      issues.push({ path: `${base}.movantPartyIds`, message: `Choose who filed ${name.toLowerCase()}` });
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
