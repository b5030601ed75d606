import { expect, test, type Browser, type Page } from "@playwright/test";
import { PEOPLE } from "./accounts";
import { expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * The browser's backup of a draft holds confidential text: sign-out removes it; an expired
 * session keeps unsaved typing until the same person signs in again and it is saved.
 */

const TITLE = "Title of the motion, as filed";
const backupKeys = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("chambers-drafts:backup:")));
const backupOf = (page: Page, id: string) =>
  page.evaluate((key) => window.localStorage.getItem(key), `chambers-drafts:backup:${id}`);

/** A new session of the clerk's, in its own browser context (signing out ends only this one). */
async function freshClerk(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await signIn(page);
  await expect(page.getByRole("heading", { level: 1, name: "Drafts" })).toBeVisible();
  return page;
}
async function signIn(page: Page): Promise<void> {
  await page.getByLabel("Email").fill(PEOPLE.clerk.email);
  await page.getByLabel("Password").fill(PEOPLE.clerk.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("signing out removes every draft's backup from the browser", async ({ browser }) => {
  const page = await freshClerk(browser);
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  await page.goto(`/drafts/${id}/motion`);
  await page.getByLabel(TITLE).fill("Confidential words");
  await expectServerDraft(page, id, (d) => d.motion.titleAsFiled, "Confidential words");
  await expect.poll(() => backupOf(page, id)).toContain("Confidential words");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await backupKeys(page)).toEqual([]);
  await page.context().close();
});

test("signing out with typing the server does not have says so first, then removes it", async ({ browser }) => {
  const page = await freshClerk(browser);
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  await page.goto(`/drafts/${id}/motion`);
  await expect(page.getByLabel(TITLE)).toBeEnabled();
  await page.context().setOffline(true);
  await page.getByLabel(TITLE).fill("Typed offline");
  await expect(page.getByText(/Offline: kept in this browser/)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "changes the server does not have yet" })).toBeVisible();
  expect(await backupOf(page, id)).toContain("Typed offline");
  await page.context().setOffline(false);
  await page.getByRole("button", { name: "Sign out anyway" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await backupKeys(page)).toEqual([]);
  await page.context().close();
});

test("an expired session keeps unsaved typing, asks to sign in again, saves it, then clears the backup", async ({
  browser,
}) => {
  const page = await freshClerk(browser);
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  await page.goto(`/drafts/${id}/motion`);
  await expect(page.getByLabel(TITLE)).toBeEnabled();

  // The session ends (its cookie is gone): the next save answers 401.
  await page.context().clearCookies();
  await page.getByLabel(TITLE).fill("Typed as the session ended");
  await expect(page.getByText("Not saved: signed out")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "You were signed out" })).toContainText(
    "You were signed out. What you typed is kept in this browser",
  );
  const kept = JSON.parse((await backupOf(page, id)) ?? "null") as { isSaved: boolean; draft: unknown } | null;
  expect(kept).toMatchObject({ isSaved: false });
  expect(JSON.stringify(kept?.draft)).toContain("Typed as the session ended");

  // Sign in again: back on the same step, the typing is saved.
  await page.getByRole("link", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await signIn(page);
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}/motion$`));
  await expect(page.getByLabel(TITLE)).toHaveValue("Typed as the session ended");
  await expectServerDraft(page, id, (d) => d.motion.titleAsFiled, "Typed as the session ended");
  await expect(page.getByText("All changes saved")).toBeVisible();
  // The next page load finds the server holding it, and the backup is gone.
  await page.reload();
  await expect(page.getByLabel(TITLE)).toHaveValue("Typed as the session ended");
  await expect.poll(() => backupOf(page, id)).toBeNull();
  await page.context().close();
});
