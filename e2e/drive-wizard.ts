import { expect, type Page } from "@playwright/test";
import type { MotionDraft } from "@/lib/motion/schema";
import type { Journey } from "./journey";
import {
  chooseIf,
  chooseSlots,
  court,
  elements,
  expectStep,
  history,
  motion,
  next,
  order,
  parties,
  questions,
  typeIf,
  yesNo,
} from "./wizard-driver";

const RULE_LABELS = {
  "59e": "59e",
  "54b": "54b",
  "60b": "60b",
  "local-rule": "local-rule",
  "inherent-power": "inherent-power",
} as const;

async function reconsideration(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Reconsideration");
  const r = d.reconsideration;
  if (r.ruleInvoked) await j.select(page.getByLabel("Rule the motion invokes"), RULE_LABELS[r.ruleInvoked]);
  if (r.ruleApplied) await j.select(page.getByLabel("Rule the court applies"), RULE_LABELS[r.ruleApplied]);
  await typeIf(j, page.getByLabel("Local rule, if any"), r.localRule);
  for (const [key, legend] of [
    ["newEvidence", "Newly discovered evidence?"],
    ["clearErrorOrManifestInjustice", "Clear error or manifest injustice?"],
    ["interveningChangeInLaw", "intervening change"],
    ["extraordinaryCircumstances", "Extraordinary circumstances"],
  ] as const) {
    if (r[key] !== undefined) await chooseIf(j, page, legend, yesNo(r[key]));
  }
  await typeIf(j, page.getByLabel("What the movant argues"), r.movantArgument);
  await typeIf(j, page.getByLabel("Reasoning", { exact: true }), r.reasoning);
  if (r.decision)
    await chooseIf(j, page, "The court's ruling on reconsideration", r.decision === "grant" ? "Grant" : "Deny");
  await chooseSlots(page, j, "reconsideration", d);
  await next(page, j);
}

const STAY_KIND = {
  proceedings: "Stay of proceedings in this court pending the petition or the appeal",
  "proceedings-pending-other-court": "Stay of proceedings pending another court's decision",
  "proceedings-further-order": "Stay of proceedings pending further order of this court",
  "order-pending-appeal": "Stay of the order (or its execution) pending appeal",
  lift: "Lifting or vacating a stay already in place",
};
const STAY_DECISION = {
  grant: "Grant",
  "grant-in-part": "Grant in part",
  deny: "Deny",
  "deny-as-moot": "Deny as moot",
  defer: "Defer",
};
const STAY_PLACEMENT = {
  section: "In its own section",
  footnote: "In a footnote",
  "with-motion": "With the motion as a whole, not separately",
};

async function stay(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Stay");
  const s = d.stay;
  if (s.kind) await chooseIf(j, page, "What stay does the motion ask for?", STAY_KIND[s.kind]);
  await typeIf(j, page.getByLabel("The decision the stay waits for"), s.otherCourt);
  if (s.orderStayed)
    await chooseIf(
      j,
      page,
      "What is stayed pending appeal?",
      s.orderStayed === "order" ? "The order" : "Its execution",
    );
  if (s.liftAction)
    await chooseIf(j, page, "Lift or vacate?", s.liftAction === "lift" ? "Lift the stay" : "Vacate the stay");
  await typeIf(j, page.getByLabel(/^Who moved to lift the stay/), s.liftMovant);
  await typeIf(j, page.getByLabel(/^Docket number of the stay in place/), s.stayInPlaceDocketNumber);
  await typeIf(j, page.getByLabel(/^Where the motion asks for it/), s.requestCite);
  for (const [key, legend] of [
    ["likelySuccess", "likely to succeed"],
    ["irreparableInjury", "irreparably injured"],
    ["substantialInjuryToOthers", "substantially injure"],
    ["publicInterestFavorsStay", "public interest"],
  ] as const) {
    if (s[key] !== undefined) await chooseIf(j, page, legend, yesNo(s[key]));
  }
  await typeIf(j, page.getByLabel("Reasoning", { exact: true }), s.reasoning);
  if (s.decision) await chooseIf(j, page, "The court's ruling on the stay", STAY_DECISION[s.decision]);
  await typeIf(j, page.getByLabel("The part granted"), s.partGranted);
  if (s.statusReportBy)
    await chooseIf(
      j,
      page,
      "Does the court ask for a joint status report?",
      s.statusReportBy === "days" ? "Within a number of days" : "By a date",
    );
  await typeIf(j, page.getByLabel("Days for the status report"), s.statusReportDays);
  await typeIf(j, page.getByLabel("Date the status report is due"), s.statusReportDate);
  if (s.placement) await chooseIf(j, page, "Where the order rules on it", STAY_PLACEMENT[s.placement]);
  await chooseSlots(page, j, "stay", d);
  await next(page, j);
}

async function review(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Ruling and download");
  const c = d.certification;
  if (c.decision)
    await chooseIf(
      j,
      page,
      "The court's ruling on certification",
      c.decision === "grant" ? "Grant certification" : "Deny certification",
    );
  if (d.analysis.order) {
    await chooseIf(
      j,
      page,
      "Order of analysis",
      d.analysis.order === "all-elements" ? "Address all three elements" : "Stop at the first element not met",
    );
  }
  if (c.stayProceedingsOnGrant !== undefined)
    await chooseIf(j, page, "Stay proceedings in this court", yesNo(c.stayProceedingsOnGrant));
  await typeIf(j, page.getByLabel(/^Days for a joint status report/), c.statusReportDays);
  await typeIf(j, page.getByLabel(/^If all three elements are met/), c.discretionaryDenialReasoning);
  await typeIf(j, page.getByLabel(/^On exceptional circumstances/), c.exceptionalCircumstancesReasoning);
  await typeIf(j, page.getByLabel("Date the judge signs the order"), d.orderDate);
  if (Object.keys(d.analysis.slotChoices ?? {}).length > 0) {
    await j.click(page.getByText("Authorities for the legal standard"));
    await chooseSlots(page, j, "ruling", d);
  }
}

/** The whole journey: every step the draft needs, from the court to the review. */
export async function driveWizard(page: Page, j: Journey, d: MotionDraft): Promise<void> {
  await court(page, j, d);
  await parties(page, j, d);
  await order(page, j, d);
  await motion(page, j, d);
  await history(page, j, d);
  await questions(page, j, d);
  await elements(page, j, d);
  if (d.reconsideration.requested) await reconsideration(page, j, d);
  if (d.stay.requested) await stay(page, j, d);
  await review(page, j, d);
  await expect(page.getByText("Nothing: the order is ready to download.")).toBeVisible();
}
