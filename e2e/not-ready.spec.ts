import { expect, test } from "@playwright/test";
import { appOrigin, readFixture, seedDraft } from "./fixtures";

/**
 * A revision the order is not ready in (here: no ruling chosen) is never offered as a Word file:
 * the download is refused with what it still needs, on the Versions page and from the API alike.
 */
test("a revision that is not ready is refused as a Word file, with what it still needs", async ({ page }) => {
  const ready = readFixture("fixtures/seeds/002.json");
  const id = await seedDraft(page, ready);
  const { decision: _decision, ...undecided } = ready.certification;
  const saved = await page.request.put(`/api/drafts/${id}`, {
    data: { baseRevision: 1, data: { ...ready, certification: undecided } },
    headers: { Origin: appOrigin(page) },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  const refused = await page.request.get(`/api/drafts/${id}/docx?revision=2`);
  expect(refused.status()).toBe(422);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect(await refused.json()).toMatchObject({
    code: "not-ready",
    issues: [{ path: "certification.decision", message: "Choose whether the court grants or denies certification" }],
  });
  expect((await page.request.get(`/api/drafts/${id}/docx`)).status()).toBe(422);

  await page.goto(`/drafts/${id}/versions`);
  await page.getByRole("button", { name: ".docx of revision 2" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not ready" })).toContainText(
    "Not ready: revision 2 cannot be downloaded yet. Choose whether the court grants or denies certification",
  );
  // Revision 1 was ready: it downloads.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: ".docx of revision 1" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);

  // The review page offers no Word file of the current (not ready) revision.
  await page.goto(`/drafts/${id}/review`);
  await expect(page.getByText(/Not ready to download as a Word file/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Download Word file/ })).toHaveCount(0);
});
