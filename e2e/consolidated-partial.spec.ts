import { expect, test, type Page } from "@playwright/test";
import { checkA11y, docxText, downloadOrderDocx, expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * Issue 12's first journey: consolidated cases, certification granted in part (one question
 * certified, the other refused with its reasons) and a stay already in place lifted on the other
 * side's motion, entered in the wizard; the Word file the clerk downloads says each once.
 */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });
const choose = (page: Page, legend: string, label: string) =>
  page.getByRole("group", { name: legend }).getByRole("radio", { name: label, exact: true }).check();

const REMEDY = "Whether the Act authorizes punitive damages against a municipal landlord?";
const REFUSAL = "The remedy question arises only after liability is found, and no liability has been found.";
const LIFT_MOVANT = "Defendant Sound Harbor Realty Trust";

test("consolidated cases: certification granted in part, a stay lifted on the other side's motion", async ({
  page,
}, testInfo) => {
  // Fixture 202 (D. Conn.): a grant of certification with a stay of proceedings; a second question added.
  const draft = readFixture("fixtures/circuits/202.json");
  draft.certification.questions.push({ id: "q2", text: REMEDY });
  const id = await seedDraft(page, draft);

  await page.goto(`/drafts/${id}/parties`);
  await expect(page.getByRole("heading", { level: 1, name: "Parties and case" })).toBeVisible();
  await page.getByLabel("What the caption names").selectOption("consolidated");
  await page.getByRole("button", { name: "Add a case" }).click();
  const member = page.getByRole("group", { name: "Case 1", exact: true });
  await member.getByLabel("Name, as the caption prints it").fill("Harbor Tenants Ass'n v. Sound Harbor Realty Trust");
  await member.getByLabel("Case number").fill("3:25-cv-01104 (SVN)");
  await expect(preview(page)).toContainText("3:25-cv-01104 (SVN)");
  await checkA11y(page, "the parties step with consolidated cases");

  await page.goto(`/drafts/${id}/questions`);
  await expect(page.getByRole("heading", { level: 1, name: "Proposed questions" })).toBeVisible();
  await page.getByRole("group", { name: "The court's ruling on question 1" }).getByLabel("Certify").check();
  await page.getByRole("group", { name: "The court's ruling on question 2" }).getByLabel("Refuse").check();
  await page.getByLabel("Why the court refuses question 2").selectOption("materially-advance");
  await page.getByLabel("The court's reasons for refusing question 2").fill(REFUSAL);
  await checkA11y(page, "the questions step, one question refused");

  await page.goto(`/drafts/${id}/ruling`);
  await expect(page.getByRole("heading", { level: 1, name: "Ruling and download" })).toBeVisible();
  await page.getByLabel("Grant in part (some questions certified, others refused)").check();
  await expect(preview(page)).toContainText("GRANTED in part and DENIED in part");

  await page.goto(`/drafts/${id}/stay`);
  await expect(page.getByRole("heading", { level: 1, name: "Stay", exact: true })).toBeVisible();
  await choose(page, "What stay does the motion ask for?", "Lifting or vacating a stay already in place");
  await page.getByLabel(/^Who moved to lift the stay/).fill(LIFT_MOVANT);
  await choose(page, "The court's ruling on the stay", "Grant");
  await expect(preview(page)).toContainText("The stay is LIFTED.");
  await expect(preview(page)).not.toContainText("This Order does not stay proceedings");
  await checkA11y(page, "the stay step, a stay lifted");

  await expectServerDraft(
    page,
    id,
    (saved) => [
      saved.case.caption?.actions,
      saved.case.caption?.cases?.map((c) => c.number),
      saved.certification.decision,
      saved.certification.questions.map((q) => q.ruling),
      saved.stay.kind,
      saved.stay.decision,
    ],
    ["consolidated", ["3:25-cv-01104 (SVN)"], "grant-in-part", ["certify", "refuse"], "lift", "grant"],
  );

  await page.goto(`/drafts/${id}/ruling`);
  await expect(page.getByText("All changes saved")).toBeVisible();
  const file = await downloadOrderDocx(page, testInfo);
  const text = (await docxText(file)).replace(/\s+/g, " ");

  expect(text).toContain("3:25-cv-01104 (SVN)");
  expect(text).toContain("GRANTED in part and DENIED in part");
  expect(text).toContain(REMEDY.replace(/\?$/, ""));
  expect(text).toContain("The stay is LIFTED.");
  expect(text).not.toContain("This Order does not stay proceedings");
  // The lift is decreed once, and the refused question is never said to be certified.
  expect(text.split("The stay is LIFTED.")).toHaveLength(2);
});
