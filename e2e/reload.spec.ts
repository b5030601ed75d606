import { expect, test, type Page } from "@playwright/test";
import { newDraft } from "./fixtures";

/** Journey 2: the clerk reloads mid-step, or closes the tab, and finds every answer still there. */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });

test("answers survive a reload mid-step and a closed tab", async ({ page, context }) => {
  const id = await newDraft(page);

  // Court: a search, a radio, text, a select and a conditional radio; the preview follows as the clerk types.
  await page.getByLabel("Find the district court").fill("S.D. Cal.");
  await page.getByRole("radio", { name: /^Southern District of California/ }).check();
  await page.getByLabel("Judge's name, as signed").fill("Barbara L. Major");
  await page.getByLabel("Judge's title").selectOption("magistrate");
  await page
    .getByRole("group", { name: /636\(c\)/ })
    .getByRole("radio", { name: "Yes", exact: true })
    .check();
  await expect(preview(page)).toContainText("SOUTHERN DISTRICT OF CALIFORNIA");
  await expect(preview(page)).toContainText(/Barbara L\. Major/i);
  await page.reload();
  await expect(page.getByRole("radio", { name: /^Southern District of California/ })).toBeChecked();
  await expect(page.getByLabel("Judge's name, as signed")).toHaveValue("Barbara L. Major");
  await expect(page.getByLabel("Judge's title")).toHaveValue("magistrate");
  await expect(
    page.getByRole("group", { name: /636\(c\)/ }).getByRole("radio", { name: "Yes", exact: true }),
  ).toBeChecked();

  // Each step is a URL: the browser's Back and Forward buttons move between steps.
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Parties and case" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Court and judge" })).toBeVisible();
  await expect(page.getByLabel("Judge's name, as signed")).toHaveValue("Barbara L. Major");
  await page.goForward();

  // Parties: a list, checkboxes and a half-typed case number; then the tab is closed.
  await expect(page.getByRole("heading", { level: 1, name: "Parties and case" })).toBeVisible();
  await page.getByLabel("Case number, as the court prints it").fill("17cv218-MMA (BLM)");
  await page.getByRole("button", { name: "Add a plaintiff" }).click();
  const plaintiff = page.getByRole("group", { name: "Plaintiff 1", exact: true });
  await plaintiff.getByLabel("Name, as the caption prints it").fill("James Linlor");
  await plaintiff.getByLabel("Pro se").check();
  await page.getByRole("button", { name: "Add a defendant" }).click();
  await page
    .getByRole("group", { name: "Defendant 1", exact: true })
    .getByLabel("Name, as the caption prints it")
    .fill("Futero, Inc.");
  await expect(preview(page)).toContainText("JAMES LINLOR");
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(`/drafts/${id}/parties`);
  await expect(reopened.getByLabel("Case number, as the court prints it")).toHaveValue("17cv218-MMA (BLM)");
  const again = reopened.getByRole("group", { name: "Plaintiff 1", exact: true });
  await expect(again.getByLabel("Name, as the caption prints it")).toHaveValue("James Linlor");
  await expect(again.getByLabel("Pro se")).toBeChecked();
  await expect(
    reopened.getByRole("group", { name: "Defendant 1", exact: true }).getByLabel("Name, as the caption prints it"),
  ).toHaveValue("Futero, Inc.");

  // History: entries reordered with the keyboard alone keep their order after a reload.
  await reopened.goto(`/drafts/${id}/history`);
  for (const [n, number] of ["44", "47"].entries()) {
    await reopened.getByRole("button", { name: "Add an entry" }).click();
    const entry = reopened.getByRole("group", { name: `Entry ${n + 1}`, exact: true });
    await entry.getByLabel("Docket number", { exact: true }).fill(number);
    await entry.getByLabel("What the order says about it").fill(`narrative of ${number}`);
  }
  await reopened.getByRole("button", { name: "Move up entry 2" }).focus();
  await reopened.keyboard.press("Enter");
  await expect(
    reopened.getByRole("group", { name: "Entry 1", exact: true }).getByLabel("Docket number", { exact: true }),
  ).toHaveValue("47");
  await expect(reopened.getByRole("button", { name: "Move down entry 1" })).toBeFocused();
  await reopened.reload();
  await expect(
    reopened.getByRole("group", { name: "Entry 1", exact: true }).getByLabel("Docket number", { exact: true }),
  ).toHaveValue("47");
  await expect(
    reopened.getByRole("group", { name: "Entry 2", exact: true }).getByLabel("What the order says about it"),
  ).toHaveValue("narrative of 44");

  // An element step: radios chosen with the keyboard, and a reasoning box, reloaded mid-sentence.
  await reopened.goto(`/drafts/${id}/controlling-question`);
  const pure = reopened.getByRole("group", { name: /pure question of law/ });
  // focus() does not wait for the form to come alive (fields are disabled until the page is hydrated).
  await expect(pure.getByRole("radio", { name: "Yes", exact: true })).toBeEnabled();
  await pure.getByRole("radio", { name: "Yes", exact: true }).focus();
  await reopened.keyboard.press("ArrowRight");
  await expect(pure.getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await reopened
    .getByLabel("Reasoning", { exact: true })
    .fill("The number of opportunities to amend is a question of fac");
  await reopened.reload();
  await expect(
    reopened.getByRole("group", { name: /pure question of law/ }).getByRole("radio", { name: "No", exact: true }),
  ).toBeChecked();
  await expect(reopened.getByLabel("Reasoning", { exact: true })).toHaveValue(
    "The number of opportunities to amend is a question of fac",
  );
});
