import { checkCaseNumber } from "@/lib/courts/case-number";
import { IsoDateSchema, daysBetween } from "@/lib/dates/iso-date";
import type { MotionDraft } from "@/lib/motion/schema";
import type { MotionSlice, PartiesSlice } from "./slice-schemas";
import { checkFurtherMotions } from "./further-motion-checks";
import type { StepIssue } from "./wizard-step";

const isIsoDate = (value: string | undefined): value is string => IsoDateSchema.safeParse(value).success;

/** A case number the clerk typed must look like one (an empty one is a readiness item, not an error). */
export function checkPartiesSlice(values: PartiesSlice): StepIssue[] {
  const caseNumber = values.case?.caseNumber ?? "";
  if (caseNumber.trim() === "") return [];
  const result = checkCaseNumber(caseNumber);
  return result.ok ? [] : [{ path: "case.caseNumber", message: result.message }];
}

/** A motion cannot be filed before the order it asks to certify was entered; further motions have their own checks. */
export function checkMotionSlice(values: MotionSlice, draft: MotionDraft): StepIssue[] {
  const filed = values.motion?.filedDate;
  const entered = draft.orderUnderReview?.date;
  const early = isIsoDate(filed) && isIsoDate(entered) && daysBetween(entered, filed) < 0;
  return [
    ...(early
      ? [
          {
            path: "motion.filedDate",
            message: "The motion's filed date cannot be before the order under review's date",
          },
        ]
      : []),
    ...checkFurtherMotions(values, draft),
  ];
}
