import { expect, test } from "@playwright/test";
import { relevantSteps } from "@/lib/wizard/steps";
import { checkA11y, newDraft, readFixture, seedDraft } from "./fixtures";

/** Journey 4: axe (WCAG 2.0/2.1 A and AA) on the drafts list, every step, the preview and the review. */

const seed = readFixture("fixtures/seeds/002.json");

test("every step of a full draft, with its preview, passes axe", async ({ page }) => {
  const id = await seedDraft(page, seed);
  await page.goto("/drafts");
  await expect(page.locator(`a[href="/drafts/${id}"]`)).toContainText("Linlor");
  await checkA11y(page, "the drafts list");

  for (const step of relevantSteps(seed)) {
    await page.goto(`/drafts/${id}/${step.id}`);
    await expect(page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
    await expect(page.getByRole("region", { name: "Preview of the order" })).toContainText("LINLOR");
    await checkA11y(page, `step ${step.id}`);
  }

  await page.getByText("Authorities for the legal standard").click();
  await checkA11y(page, "the review step with the standard's authorities open");
});

test("errors, the narrow layout and the preview tab pass axe", async ({ page }) => {
  await newDraft(page);
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await checkA11y(page, "the court step showing errors");

  await page.setViewportSize({ width: 760, height: 1000 });
  await checkA11y(page, "the narrow layout, form tab");
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview of the order" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Preview" })).toHaveAttribute("aria-selected", "true");
  await checkA11y(page, "the narrow layout, preview tab");
});
