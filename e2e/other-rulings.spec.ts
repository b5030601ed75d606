import { expect, test, type Page } from "@playwright/test";
import {
  checkA11y,
  docxPart,
  docxText,
  downloadOrderDocx,
  expectServerDraft,
  readFixture,
  seedDraft,
} from "./fixtures";

/**
 * A denial with two other rulings in the same order (issue 12, item 5), entered on the ruling step
 * as a clerk would: each is decreed once, in the preview and in the Word file the clerk downloads.
 * A sentence added to the legal standard prints as typed, its citation a "Citation check" comment.
 */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });

test("a denial with two other rulings, and a sentence added to the standard", async ({ page }, testInfo) => {
  // Seed 000: the court denies certification (D.N.M.); the date the judge signs is all it lacks to download.
  const id = await seedDraft(page, { ...readFixture("fixtures/seeds/000.json"), orderDate: "2010-09-15" });
  await page.goto(`/drafts/${id}/ruling`);
  await expect(page.getByRole("heading", { level: 1, name: "Ruling and download" })).toBeVisible();

  await page.getByText("Other rulings and directions in this order").click();
  await page.getByRole("button", { name: "Add a request decided in this order" }).click();
  const first = page.getByRole("group", { name: "Further request 1" });
  await first.getByLabel("What it asks for").selectOption("leave-to-amend");
  await first.getByLabel("Title as filed").fill("Plaintiff's Motion for Leave to File an Amended Complaint");
  await first.getByLabel("Docket number").fill("61");
  await first.getByLabel("Jimmie Allison (plaintiff)").check();
  await first.getByLabel("The court's ruling on it").selectOption("granted");
  await first.getByLabel("The court's reasons").fill("Defendant does not oppose the amendment.");

  await page.getByRole("button", { name: "Add a request decided in this order" }).click();
  const second = page.getByRole("group", { name: "Further request 2" });
  await second.getByLabel("What it asks for").selectOption("strike");
  await second.getByLabel("Boeing Laser Technical Services (defendant)").check();
  await second.getByLabel("The court's ruling on it").selectOption("denied-as-moot");
  await second.getByLabel("Docket number").fill("x62");
  await second.getByLabel("Docket number").blur();
  // A docket number the court would not print: the error names the field, and the typing is kept.
  await expect(second.getByText("Use the docket number as printed, e.g. 49 or 49-1")).toBeVisible();
  await expect(second.getByLabel("Docket number")).toHaveValue("x62");
  await second.getByLabel("Docket number").fill("62");
  await expect(second.getByText("Use the docket number as printed")).toHaveCount(0);

  const grantDecree = "Plaintiff’s Motion for Leave to File an Amended Complaint [docket no. 61] is GRANTED.";
  const strikeDecree = "Defendant’s motion to strike [docket no. 62] is DENIED AS MOOT.";
  await expect(preview(page)).toContainText("IT IS FURTHER ORDERED that");
  await expect(preview(page)).toContainText(grantDecree);
  await expect(preview(page)).toContainText(strikeDecree);
  await expect(preview(page)).toContainText("Defendant does not oppose the amendment.");
  await checkA11y(page, "the ruling step with two other rulings");

  // A sentence of the legal standard the library does not hold, with its citation as typed.
  await page.getByText("Authorities for the legal standard").click();
  await page.getByRole("button", { name: "Add a sentence with its citation" }).click();
  const added = page.getByRole("group", { name: "Added sentence 1" });
  await added.getByLabel("The sentence").fill("A district court may certify an order on its own motion.");
  await added
    .getByLabel("Its citation, as it should print")
    .fill("*Doe v. Roe*, 123 F. Supp. 3d 456, 459 (D.N.M. 2015)");
  const typedCite = preview(page).locator('[data-flags="typed-citation"]').first();
  await expect(typedCite).toContainText("Doe v. Roe");
  await expect(typedCite).toHaveAttribute("title", /Not verified: this citation was typed by the clerk/);
  await checkA11y(page, "the ruling step with a sentence added to the standard");

  await expectServerDraft(
    page,
    id,
    (saved) => saved.otherRulings?.map((r) => [r.kind, r.docketNumber, r.disposition]),
    [
      ["leave-to-amend", "61", "granted"],
      ["strike", "62", "denied-as-moot"],
    ],
  );
  await expect(page.getByText("All changes saved")).toBeVisible();

  const file = await downloadOrderDocx(page, testInfo);
  const text = (await docxText(file)).replace(/\s+/g, " ");
  // Each ruling decreed once, after the denial of the motion.
  expect(text.split(grantDecree)).toHaveLength(2);
  expect(text.split(strikeDecree)).toHaveLength(2);
  // Seed 000's decree denies the motion first ("IT IS THEREFORE ORDERED that … is hereby denied."), then the further rulings.
  const denial = text.indexOf("[docket no. 59] is hereby denied.");
  expect(denial).toBeGreaterThan(0);
  expect(text.indexOf(grantDecree)).toBeGreaterThan(denial);
  expect(text.indexOf(strikeDecree)).toBeGreaterThan(text.indexOf(grantDecree));
  expect(text).toContain(
    "A district court may certify an order on its own motion. Doe v. Roe, 123 F. Supp. 3d 456, 459 (D.N.M. 2015).",
  );
  const comments = await docxPart(file, "word/comments.xml");
  expect(comments).toContain('w:author="Citation check"');
  expect(comments).toContain("Not verified: this citation was typed by the clerk");
});
