import { expect, test } from "@playwright/test";
import { docxFileName } from "@/lib/wizard/docx-file-name";
import { draftOrder } from "@/lib/order/draft-order";
import { driveWizard } from "./drive-wizard";
import { enterable } from "./wizard-driver";
import { comparable, docxText, expectedDocxText, newDraft, readFixture, expectServerDraft } from "./fixtures";
import { Journey } from "./journey";

/** Today on this machine as a date field takes it (YYYY-MM-DD). */
const localToday = () => new Date().toLocaleDateString("en-CA");

/**
 * Journey 1: a clerk drafts an order from a blank draft by typing and clicking, downloads the
 * Word file, and it says exactly what the pipeline says for the same answers in-process.
 */
for (const fixture of [
  "fixtures/seeds/000.json",
  "fixtures/seeds/001.json",
  "fixtures/seeds/002.json",
  "fixtures/grants/101.json",
]) {
  test(`drafting ${fixture} in the wizard downloads the same order the pipeline drafts`, async ({ page }, testInfo) => {
    // A whole order typed and clicked (seed 001 chooses a dozen authorities): three times the usual time.
    test.slow();
    const draft = readFixture(fixture);
    // What a clerk can enter: authorities chosen from the slots the court's circuit offers (seed 000, in
    // the Tenth Circuit, rests the burden on a Central District of California case: typed as a cite, not picked).
    // A Word file needs the date the judge signs; seed 000 printed none, so the clerk types today's.
    const typed = { ...enterable(draft), orderDate: draft.orderDate ?? localToday() };
    const journey = new Journey();

    const id = await newDraft(page);
    await driveWizard(page, journey, typed);

    // Everything typed was kept, as typed, and the Word file is the pipeline's order for those answers.
    await expectServerDraft(page, id, comparable, comparable(typed));
    await expect(page.getByText("All changes saved")).toBeVisible();

    const downloading = page.waitForEvent("download");
    await journey.click(page.getByRole("button", { name: "Download .docx" }));
    const download = await downloading;
    const summary = journey.summary(`Journey ${fixture}`);
    console.log(summary);
    testInfo.annotations.push({ type: "journey", description: summary });

    const { doc } = draftOrder(typed);
    expect(download.suggestedFilename()).toBe(docxFileName(doc));
    const file = testInfo.outputPath("order.docx");
    await download.saveAs(file);
    const expected = await expectedDocxText(typed);
    const actual = await docxText(file);
    expect(actual.length).toBeGreaterThan(1000);
    expect(actual).toBe(expected.text);
    await expect(page.getByText(`Downloaded ${docxFileName(doc)}`)).toBeVisible();
  });
}
