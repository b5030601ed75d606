import { expect, test, type Page } from "@playwright/test";
import { checkA11y, expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * Certification variants (issue 12, item 3) in the wizard: a grant in part that restates the
 * question it certifies and refuses the other with its reasons, delay found timely, two elements
 * taken together, and the order vacated for an amended one.
 */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });
const REMEDY = "Whether the Act authorizes punitive damages against a municipal landlord?";
const RESTATED = "Whether diverting resources to counsel members confers organizational standing?";
const REFUSAL = "The remedy question arises only after liability is found.";

test("a grant in part with a restated question, a refused one, two elements together and the order vacated", async ({
  page,
}) => {
  const draft = readFixture("fixtures/circuits/202.json");
  draft.certification.questions.push({ id: "q2", text: REMEDY });
  draft.amendment = { requested: true };
  const id = await seedDraft(page, draft);

  await page.goto(`/drafts/${id}/questions`);
  await expect(page.getByRole("heading", { level: 1, name: "Proposed questions" })).toBeVisible();
  await page.getByLabel("The court's restatement of question 1 (optional)").fill(RESTATED);
  await page.getByRole("group", { name: "The court's ruling on question 1" }).getByLabel("Certify").check();
  await page.getByRole("group", { name: "The court's ruling on question 2" }).getByLabel("Refuse").check();
  await page.getByLabel("Why the court refuses question 2").selectOption("materially-advance");
  const reasons = page.getByLabel("The court's reasons for refusing question 2");

  // Too long: the error names the field, and what was typed stays.
  await reasons.fill("x".repeat(20_001));
  await reasons.blur();
  await expect(reasons).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "Keep this under 20,000 characters" })).toBeVisible();
  await reasons.fill(REFUSAL);
  await expect(reasons).not.toHaveAttribute("aria-invalid", "true");
  await checkA11y(page, "the questions step with a question refused");
  await expectServerDraft(page, id, (saved) => saved.certification.questions.map((q) => q.ruling), [
    "certify",
    "refuse",
  ]);

  await page.goto(`/drafts/${id}/ruling`);
  await expect(page.getByRole("heading", { level: 1, name: "Ruling and download" })).toBeVisible();
  await page.getByLabel("Grant in part (some questions certified, others refused)").check();
  await page
    .getByRole("group", { name: "Does the court find that the movant delayed unreasonably in seeking certification?" })
    .getByLabel("No", { exact: true })
    .check();
  await page
    .getByLabel("The court's reasons on timeliness (optional)")
    .fill("The motion came fourteen days after the order.");
  await page.getByLabel("Two elements the order discusses together (optional)").selectOption("controlling-and-advance");
  await page.getByLabel("Vacate the order and enter an amended order").check();

  await expect(preview(page)).toContainText("The Court restates question 1 as follows");
  await expect(preview(page)).toContainText(`The Court declines to certify question 2, because an immediate appeal`);
  await expect(preview(page)).toContainText("granted in part and denied in part");
  await expect(preview(page)).toContainText("GRANTED in part and DENIED in part");
  await expect(preview(page)).toContainText("sought certification within a reasonable time after the entry of the");
  await expect(preview(page)).toContainText("The Court considers the first and third elements together.");
  await expect(preview(page)).toContainText("within ten days after the entry of the amended order");
  await checkA11y(page, "the ruling step granting in part");
  await expectServerDraft(
    page,
    id,
    (saved) => [saved.certification.decision, saved.certification.elementsDiscussedTogether, saved.amendment.form],
    ["grant-in-part", "controlling-and-advance", "vacate-and-reenter"],
  );
});
