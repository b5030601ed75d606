import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "./accounts";
import { appOrigin, readFixture, seedDraft, storedDraft } from "./fixtures";

/** The judge can take an approval back, and any draft can be copied as a new one; both are in the audit trail. */

async function post(page: Page, path: string, data: unknown): Promise<void> {
  const response = await page.request.post(path, { data, headers: { Origin: appOrigin(page) } });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

test("the judge withdraws an approval back to drafting, and the clerk duplicates the draft", async ({
  page,
  browser,
}) => {
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  await post(page, `/api/drafts/${id}/status`, { action: "submit" });
  const judge = await pageAs(browser, "judge");
  await judge.goto("/drafts");
  await post(judge, `/api/drafts/${id}/status`, { action: "approve" });

  // The judge takes the approval back, saying why.
  await judge.goto(`/drafts/${id}/review`);
  await expect(judge.getByText("Approved", { exact: true })).toBeVisible();
  await judge.getByLabel("Why (optional)").fill("The stay paragraph needs another look.");
  await judge.getByRole("button", { name: "Back to drafting" }).click();
  await expect(judge.getByText("Drafting", { exact: true })).toBeVisible();
  await judge.getByRole("link", { name: "Activity", exact: true }).click();
  await expect(judge.getByRole("list", { name: /Audit trail/ })).toContainText(
    "withdrew the approval of revision 1, back to drafting: “The stay paragraph needs another look.”",
  );
  await judge.context().close();

  // The clerk can edit again, and copies the draft: the copy opens in the wizard with the same answers.
  await page.goto(`/drafts/${id}/review`);
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+\/court$/);
  const copyId = /\/drafts\/([^/]+)\//.exec(new URL(page.url()).pathname)![1]!;
  expect(copyId).not.toBe(id);
  expect(await storedDraft(page, copyId)).toEqual(await storedDraft(page, id));
  await page.goto(`/drafts/${copyId}/activity`);
  await expect(page.getByRole("list", { name: /Audit trail/ })).toContainText(
    "created the draft as a copy of revision 1 of another draft",
  );
  await page.goto(`/drafts/${id}/activity`);
  await expect(page.getByRole("list", { name: /Audit trail/ })).toContainText("duplicated revision 1 as a new draft");
});
