import { expect, test } from "@playwright/test";
import { pageAs } from "./accounts";
import { checkA11y, expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * Two sessions save the same draft: the second save is a conflict, never a silent overwrite.
 * The clerk sees the other version, keeps theirs as a new version, and both texts stay in history.
 */
test("a second session's save gets a conflict with a clear choice, and both texts are kept", async ({
  page,
  browser,
}) => {
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  const judge = await pageAs(browser, "judge");

  await page.goto(`/drafts/${id}/motion`);
  await judge.goto(`/drafts/${id}/motion`);
  const title = "Title of the motion, as filed";
  await expect(page.getByLabel(title)).toBeVisible();
  await expect(judge.getByLabel(title)).toBeVisible();

  // The judge saves first.
  await judge.getByLabel(title).fill("Motion as the judge would style it");
  await expectServerDraft(judge, id, (d) => d.motion.titleAsFiled, "Motion as the judge would style it");

  // The clerk, still on the old revision, saves: a conflict.
  await page.getByLabel(title).fill("Motion as the clerk typed it");
  const conflict = page.getByRole("region", { name: /Someone else saved this draft/ });
  await expect(conflict).toBeVisible();
  await expect(page.getByText("Not saved: someone else saved first")).toBeVisible();
  await checkA11y(page, "the conflict choice");

  // See the other version: the judge's words, as the order prints them.
  await page.getByRole("button", { name: "See the other version" }).click();
  await expect(page.getByRole("region", { name: "The other version of the order" })).toContainText(
    /Motion as the judge would style it/i,
  );

  // Keep mine as a new version: both revisions are in the history.
  await page.getByRole("button", { name: "Keep mine as a new version" }).click();
  await expectServerDraft(page, id, (d) => d.motion.titleAsFiled, "Motion as the clerk typed it");
  const versions = (await (await page.request.get(`/api/drafts/${id}/versions`)).json()) as {
    versions: { revision: number }[];
  };
  const titles = await Promise.all(
    versions.versions.map(async (v) => {
      const body = (await (await page.request.get(`/api/drafts/${id}/versions/${v.revision}`)).json()) as {
        data: { motion: { titleAsFiled?: string } };
      };
      return body.data.motion.titleAsFiled;
    }),
  );
  expect(titles[0]).toBe("Motion as the clerk typed it");
  expect(titles).toContain("Motion as the judge would style it");

  // The judge, now behind, takes theirs: the clerk's words replace the judge's screen.
  await judge.getByLabel(title).fill("Motion as the judge would style it, again");
  await expect(judge.getByRole("region", { name: /Someone else saved this draft/ })).toBeVisible();
  await judge.getByRole("button", { name: "Take theirs" }).click();
  await expect(judge.getByLabel(title)).toHaveValue("Motion as the clerk typed it");
  await expect(judge.getByText("All changes saved")).toBeVisible();
  await judge.context().close();
});

/** Offline, what is typed stays in the browser; back online, it reaches the server. */
test("typing while offline is kept in the browser and saved when the server is back", async ({ page, context }) => {
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  await page.goto(`/drafts/${id}/motion`);
  const title = page.getByLabel("Title of the motion, as filed");
  await expect(title).toBeVisible();
  await context.setOffline(true);
  await title.fill("Typed on a train");
  await expect(page.getByText(/Offline: kept in this browser/)).toBeVisible();
  // A reload while offline is not possible; the backup is what a later visit picks up.
  const backup = await page.evaluate((key) => window.localStorage.getItem(key), `chambers-drafts:backup:${id}`);
  expect(backup).toContain("Typed on a train");
  await context.setOffline(false);
  await expectServerDraft(page, id, (d) => d.motion.titleAsFiled, "Typed on a train");
  await expect(page.getByText("All changes saved")).toBeVisible();
});
