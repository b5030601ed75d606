import { expect, test } from "@playwright/test";
import { checkA11y, readFixture, seedDraft } from "./fixtures";

/** A party's name in the text and short name, typed on the parties step: the preview names it so, and axe stays clean. */

const seed = readFixture("fixtures/seeds/002.json");

test("a party's name in the text and its short name reach the preview", async ({ page }) => {
  const id = await seedDraft(page, seed);
  await page.goto(`/drafts/${id}/parties`);
  const plaintiff = page.getByRole("group", { name: "Plaintiff 1", exact: true });
  await plaintiff.getByLabel("Name in the order's text, if not the caption's (optional)").fill("James R. Linlor");
  await plaintiff.getByLabel("Short name in the order (optional)").fill("Mr. Linlor");
  const preview = page.getByRole("region", { name: "Preview of the order" });
  await expect(preview).toContainText("James R. Linlor");
  await expect(preview).toContainText("Mr. Linlor");
  // The caption keeps the name as the caption prints it.
  await expect(preview).toContainText("JAMES LINLOR");
  await checkA11y(page, "the parties step with a text name and a short name");

  await page.goto(`/drafts/${id}/motion`);
  await expect(page.getByLabel("What the order calls the movants together, if several (optional)")).toBeVisible();
  await checkA11y(page, "the motion step");
});
