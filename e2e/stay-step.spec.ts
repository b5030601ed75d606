import { expect, test, type Locator, type Page } from "@playwright/test";
import { checkA11y, expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * The stay step asks each follow-up only when it applies (the decision another court is to make,
 * the part granted, who moved to lift, the status report's days), names the field that still needs
 * an answer, and the preview prints the stay as decided.
 */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });
const choose = (page: Page, legend: string, label: string) =>
  page.getByRole("group", { name: legend }).getByRole("radio", { name: label, exact: true }).check();

/** The field is marked invalid and its error (role=alert) is tied to it by aria-describedby. */
async function expectFieldError(page: Page, field: Locator, message: string) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId, "aria-describedby names the error").toBeTruthy();
  await expect(page.locator(`[id="${errorId}"]`)).toContainText(message);
}

test("a stay pending another court granted in part, then a stay lifted on another party's motion", async ({ page }) => {
  const id = await seedDraft(page, readFixture("fixtures/circuits/202.json"));
  await page.goto(`/drafts/${id}/stay`);
  await expect(page.getByRole("heading", { level: 1, name: "Stay", exact: true })).toBeVisible();

  const otherCourt = page.getByLabel("The decision the stay waits for");
  const part = page.getByLabel("The part granted");
  const days = page.getByLabel("Days for the status report");
  const liftMovant = page.getByLabel(/^Who moved to lift the stay/);
  for (const field of [otherCourt, part, days, liftMovant]) await expect(field).toBeHidden();

  await choose(page, "What stay does the motion ask for?", "Stay of proceedings pending another court's decision");
  await expect(otherCourt).toBeVisible();
  await choose(page, "The court's ruling on the stay", "Grant in part");
  await expect(part).toBeVisible();
  await choose(page, "Does the court ask for a joint status report?", "Within a number of days");
  await expect(days).toBeVisible();

  // Next with the follow-ups empty: each names its field, and nothing chosen is lost.
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}/stay$`));
  await expectFieldError(page, otherCourt, "Name the court and the matter the stay waits for");
  await expectFieldError(page, part, "Say which part of the request the court grants");
  await expectFieldError(page, days, "Enter the days the parties have to file the status report");
  await checkA11y(page, "the stay step with its errors");

  await otherCourt.fill("the Fifth Circuit's decision in Doe v. Roe");
  await part.fill("discovery on Count III");
  await days.fill("30");
  await expect(preview(page)).toContainText(
    /Proceedings in this Court are STAYED as to discovery on Count III pending the Fifth Circuit.s decision in Doe v\. Roe\./,
  );
  await expect(preview(page)).toContainText(/within 30 days after the Fifth Circuit.s decision in Doe v\. Roe\./);
  await expect(preview(page)).not.toContainText("This Order does not stay proceedings");
  await checkA11y(page, "the stay step, a stay pending another court granted in part");
  await expectServerDraft(
    page,
    id,
    (saved) => saved.stay,
    expect.objectContaining({
      kind: "proceedings-pending-other-court",
      decision: "grant-in-part",
      otherCourt: "the Fifth Circuit's decision in Doe v. Roe",
      partGranted: "discovery on Count III",
      statusReportBy: "days",
      statusReportDays: 30,
    }),
  );

  // A lift on another party's motion: the factors and the other court go; who moved comes.
  await choose(page, "What stay does the motion ask for?", "Lifting or vacating a stay already in place");
  await expect(otherCourt).toBeHidden();
  await expect(page.getByRole("group", { name: "The factors" })).toBeHidden();
  await expect(liftMovant).toBeVisible();
  await liftMovant.fill("Defendant Harbor Holdings, LLC");
  await choose(page, "The court's ruling on the stay", "Grant");
  await expect(part).toBeHidden();
  await expect(preview(page)).toContainText(
    "The request of Defendant Harbor Holdings, LLC to lift the stay is GRANTED.",
  );
  await expect(preview(page)).toContainText("The stay is LIFTED.");
  await checkA11y(page, "the stay step, a stay lifted on another party's motion");
});
