import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "./accounts";
import { expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * One clerk, the same draft open twice. Each copy saves on top of the revision it last knew, so a
 * save can be stale: its answers are merged three ways with the newer revision, answer by answer,
 * and only an answer both changed asks. Nothing typed in either is lost, and neither says "All
 * changes saved" over answers the other erased.
 */

const title = (page: Page) => page.getByLabel("Title of the motion, as filed");
const docket = (page: Page) => page.getByRole("textbox", { name: /^Docket number/ });
const relief = (page: Page) => page.getByLabel("Relief sought");
const conflictRegion = (page: Page) => page.getByRole("region", { name: /saved this draft/ });

async function openMotionStep(page: Page, id: string): Promise<void> {
  await page.goto(`/drafts/${id}/motion`);
  await expect(title(page)).toBeEnabled();
}

test("two tabs: each tab's edit to a different field is kept, and each tab shows the other's", async ({
  page: tabA,
  context,
}) => {
  const id = await seedDraft(tabA, readFixture("fixtures/seeds/002.json"));
  const tabB = await context.newPage();
  await openMotionStep(tabA, id);
  await openMotionStep(tabB, id);

  await title(tabA).fill("Motion as tab A styled it");
  await expectServerDraft(tabA, id, (d) => d.motion.titleAsFiled, "Motion as tab A styled it");
  // Tab B hears of tab A's save and shows it.
  await expect(title(tabB)).toHaveValue("Motion as tab A styled it");

  await docket(tabB).fill("51");
  await expectServerDraft(tabB, id, (d) => [d.motion.titleAsFiled, d.motion.docketNumber], [
    "Motion as tab A styled it",
    "51",
  ]);
  await expect(docket(tabA)).toHaveValue("51");
  for (const tab of [tabA, tabB]) {
    await expect(tab.getByText("All changes saved")).toBeVisible();
    await expect(conflictRegion(tab)).toHaveCount(0);
  }
});

test("two windows that did not hear of each other's saves merge by field, and ask only about a field both changed", async ({
  page: windowA,
  browser,
}) => {
  const id = await seedDraft(windowA, readFixture("fixtures/seeds/002.json"));
  // Another window of the same clerk's (its own browser context: no word passes between them).
  const windowB = await pageAs(browser, "clerk");
  await openMotionStep(windowA, id);
  await openMotionStep(windowB, id);

  // A changes the title and the relief sought (revision 2).
  await title(windowA).fill("Motion as window A styled it");
  await relief(windowA).fill("Relief as window A wrote it.");
  await expectServerDraft(windowA, id, (d) => [d.motion.titleAsFiled, d.motion.reliefSought], [
    "Motion as window A styled it",
    "Relief as window A wrote it.",
  ]);

  // B, still on revision 1, changes the docket number: merged without asking, A's answers kept (the bug: they were erased).
  await docket(windowB).fill("51");
  await expectServerDraft(windowB, id, (d) => [d.motion.titleAsFiled, d.motion.reliefSought, d.motion.docketNumber], [
    "Motion as window A styled it",
    "Relief as window A wrote it.",
    "51",
  ]);
  await expect(conflictRegion(windowB)).toHaveCount(0);
  await expect(title(windowB)).toHaveValue("Motion as window A styled it");
  await expect(windowB.getByText("All changes saved")).toBeVisible();

  // A, behind B now, retitles: merged too (B's docket number kept).
  await title(windowA).fill("Motion, retitled in window A");
  await expectServerDraft(windowA, id, (d) => [d.motion.titleAsFiled, d.motion.docketNumber], [
    "Motion, retitled in window A",
    "51",
  ]);
  await expect(docket(windowA)).toHaveValue("51");

  // B, behind A, retitles as well: the title changed on both sides, and only the title asks.
  await title(windowB).fill("Motion as window B styled it");
  const conflict = conflictRegion(windowB);
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("heading")).toContainText("You, in another tab, saved this draft");
  await expect(conflict).toContainText(/The motion: title as filed/);
  await expect(conflict).not.toContainText(/relief sought|docket number/i);
  await expect(windowB.getByText("Not saved: you saved in another tab first")).toBeVisible();

  await conflict.getByRole("button", { name: "Keep mine as a new version" }).click();
  await expectServerDraft(windowB, id, (d) => [d.motion.titleAsFiled, d.motion.reliefSought, d.motion.docketNumber], [
    "Motion as window B styled it",
    "Relief as window A wrote it.",
    "51",
  ]);
  await expect(windowB.getByText("All changes saved")).toBeVisible();
  await windowB.context().close();
});
