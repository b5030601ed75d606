import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { checkA11y, docxPart, newDraft, readFixture } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "..");
const seedText = (n: string) => readFileSync(path.join(ROOT, `fixtures/cite-check/seeds/${n}.txt`), "utf8");

/**
 * Cite-check: a clerk pastes seed 001 and sees its citation errors highlighted beside their
 * findings; uploads the product's own seed order as .docx and sees no error; downloads the checked
 * text as a Word file with the findings as Word comments; and sees a field of the wizard checked.
 */
test("paste, upload a .docx, download the commented Word file", async ({ page }, testInfo) => {
  await page.goto("/cite-check");
  await expect(page.getByRole("heading", { level: 1, name: "Cite-check" })).toBeVisible();
  await checkA11y(page, "cite-check, empty");

  await page.getByLabel("Paste a brief, a motion or a draft").fill(seedText("001"));
  await page.getByRole("button", { name: "Check citations" }).click();
  await expect(page.getByTestId("cite-check-summary")).toContainText(/\d+ citations · [1-9]\d* errors/);
  const findings = page.getByRole("list", { name: "Findings" });
  await expect(findings).toContainText("Pulliam v. Allen is in volume 466 of U.S., not 446.");
  await expect(findings).toContainText('Fix: "S.Ct." → "S. Ct."');
  await expect(page.locator('mark[data-status="error"]').filter({ hasText: "Pulliam v. Allen" })).toBeVisible();
  await checkA11y(page, "cite-check, results");

  // The Word file: every finding a comment by "Citation check" on its citation.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Word file with comments" }).click();
  const download = await downloading;
  const file = testInfo.outputPath("cite-check.docx");
  await download.saveAs(file);
  const comments = await docxPart(file, "word/comments.xml");
  expect(comments).toContain('w:author="Citation check"');
  expect(comments).toContain("Pulliam v. Allen is in volume 466 of U.S., not 446.");
  expect(await docxPart(file, "word/document.xml")).toContain("w:commentRangeStart");

  // Upload the product's own seed order as a Word file: its citations carry no error.
  const { doc, style } = draftOrder(readFixture("fixtures/seeds/002.json"));
  const order = testInfo.outputPath("order-002.docx");
  writeFileSync(order, await renderDocx(doc, style));
  await page.getByLabel("Upload a .docx, .pdf or .txt file").setInputFiles(order);
  await expect(page.getByTestId("cite-check-summary")).toContainText(/\d+ citations · 0 errors/);
  await expect(page.getByLabel("Paste a brief, a motion or a draft")).toHaveValue(/Linlor/);
  await expect(page.getByRole("region", { name: "Checked text" }).locator("mark").first()).toBeVisible();

  // A text file is read as text (sent as application/octet-stream: no write takes text/plain).
  const brief = testInfo.outputPath("brief.txt");
  writeFileSync(brief, seedText("001"));
  await page.getByLabel("Upload a .docx, .pdf or .txt file").setInputFiles(brief);
  await expect(page.getByLabel("Paste a brief, a motion or a draft")).toHaveValue(/Pulliam v\. Allen/);
  await expect(page.getByTestId("cite-check-summary")).toContainText(/\d+ citations · [1-9]\d* errors/);
  await page.getByLabel("Upload a .docx, .pdf or .txt file").setInputFiles(order);
  await expect(page.getByLabel("Paste a brief, a motion or a draft")).toHaveValue(/Linlor/);

  // A file that is not a document is refused, and what was typed stays.
  const bogus = testInfo.outputPath("image.png");
  writeFileSync(bogus, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
  await page.getByLabel("Upload a .docx, .pdf or .txt file").setInputFiles(bogus);
  await expect(page.getByRole("alert").filter({ hasText: "image.png" })).toContainText(
    "Send a text, .docx or .pdf file.",
  );
  await expect(page.getByLabel("Paste a brief, a motion or a draft")).toHaveValue(/Linlor/);
});

test("a clerk-text field of the wizard is cite-checked as it is typed", async ({ page }) => {
  const id = await newDraft(page);
  await page.goto(`/drafts/${id}/motion`);
  const relief = page.getByLabel("Relief sought");
  await relief.fill("He relies on Pulliam v. Allen, 446 U.S. 552, 541 (1984).");
  const check = page.getByTestId("field-cite-check");
  await expect(check).toContainText("Cite-check: 1 citation, 2 errors");
  await expect(check).toContainText('Fix: "446 U.S." → "466 U.S."');
  await checkA11y(page, "wizard field with its cite-check");
});
