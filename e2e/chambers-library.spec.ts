import { expect, test } from "@playwright/test";
import { pageAs } from "./accounts";
import { checkA11y, expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * The chambers' own library: a clerk adds a case the built-in library lacks (the case below is the
 * test's own, in a throwaway database), cites it from the wizard with its marker, the order prints
 * its citation, the draft keeps a snapshot of it, and the judge sees who verified it.
 */
test("add a chambers authority and cite it from the wizard", async ({ page, browser }) => {
  await page.goto("/library");
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  await checkA11y(page, "library");

  // A wrong field is named, and nothing typed is lost.
  await page.getByLabel("Case name, as cited").fill("Doe v. Roe Holdings, Inc.");
  await page.getByLabel("Short name").fill("Doe");
  await page.getByLabel("Reporter").selectOption("F.4th");
  await page.getByLabel("Volume").fill("12");
  await page.getByLabel("First page").fill("100");
  await page.getByLabel("Last page").fill("112");
  await page.getByLabel("Court", { exact: true }).fill("9th Cir.");
  await page.getByLabel("Circuit").selectOption("9th");
  await page.getByLabel("Decided").fill("2021-06-01");
  await page.getByLabel("What it stands for").fill("Certification under § 1292(b) is a narrow exception.");
  await page.getByLabel("At page").fill("120");
  await page.getByLabel("Where you read the opinion (address)").fill("https://example.org/doe-v-roe");
  await page.getByRole("button", { name: "Add to the chambers' library" }).click();
  await expect(page.getByText("The pin must be within the opinion, pages 100-112")).toBeVisible();
  await expect(page.getByLabel("Case name, as cited")).toHaveValue("Doe v. Roe Holdings, Inc.");
  await page.getByLabel("At page").fill("105");
  await page.getByRole("button", { name: "Add to the chambers' library" }).click();
  await expect(page.getByText(/^Added Doe v\. Roe Holdings, Inc\./)).toBeVisible();
  const entry = page.getByRole("list", { name: "Chambers authorities" }).getByRole("listitem").first();
  await expect(entry).toContainText("Verified by Sam Okafor");
  const marker = (await entry.locator("code", { hasText: "[[cite" }).textContent())!;
  expect(marker).toMatch(/^\[\[cite chambers-doe-v-roe-holdings-inc-[a-z0-9]+#p1\]\]$/);
  await checkA11y(page, "library with an authority");

  // Cite it from the wizard: the preview prints its citation, and the draft keeps a snapshot of it.
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  await page.goto(`/drafts/${id}/motion`);
  const relief = page.getByLabel("Relief sought");
  await relief.fill(`${await relief.inputValue()} Plaintiff relies on a narrow exception. ${marker}.`);
  await expect(page.getByRole("region", { name: "Preview of the order" })).toContainText(
    "Doe v. Roe Holdings, Inc., 12 F.4th 100, 105 (9th Cir. 2021)",
  );
  await expectServerDraft(page, id, (draft) => draft.chambersAuthorities?.map((r) => r.verifiedBy), ["Sam Okafor"]);

  // The judge sees who verified it.
  const judge = await pageAs(browser, "judge");
  await judge.goto(`/drafts/${id}/review`);
  await expect(judge.getByRole("region", { name: "Chambers authorities cited" })).toContainText(
    "verified by Sam Okafor",
  );
  await checkA11y(judge, "review with a chambers authority");
  await judge.context().close();
});
