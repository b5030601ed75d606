import type { StaySlice } from "./slice-schemas";
import type { StepIssue } from "./wizard-step";

const blank = (text: string | undefined) => (text ?? "").trim() === "";

/**
 * The stay step's answers that another answer makes necessary: the part granted in part, the
 * court a stay waits for, the days or date of a status report the court asks for. Each error
 * names its field; nothing the clerk typed is changed.
 */
export function checkStaySlice(values: StaySlice): StepIssue[] {
  const stay = values.stay ?? {};
  const issues: StepIssue[] = [];
  if (stay.kind === "proceedings-pending-other-court" && blank(stay.otherCourt))
    issues.push({ path: "stay.otherCourt", message: "Name the court and the matter the stay waits for" });
  if (stay.decision === "grant-in-part" && blank(stay.partGranted))
    issues.push({ path: "stay.partGranted", message: "Say which part of the request the court grants" });
  if (stay.statusReportBy === "days" && stay.statusReportDays === undefined)
    issues.push({
      path: "stay.statusReportDays",
      message: "Enter the days the parties have to file the status report",
    });
  if (stay.statusReportBy === "date" && blank(stay.statusReportDate))
    issues.push({ path: "stay.statusReportDate", message: "Enter the date the status report is due" });
  return issues;
}
