import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PEOPLE } from "./accounts";
import { readFixture, seedDraft } from "./fixtures";
import { kb, scriptWeight, previewLive } from "./script-weight";

/**
 * The JavaScript budget of the wizard's first page (/drafts/[id]/court), compressed, as
 * `npm run bench` measures it: fails when a change makes the page ship more than budgets.json
 * allows. First load is what the page needs to hydrate; "all" adds the chunks fetched after it
 * (the drafting pipeline behind the live preview), so moving code out of the first load cannot
 * hide growth either.
 */
type Budgets = { wizardFirstPageJsKb: number; wizardAllJsKb: number };
const budgets = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "budgets.json"), "utf8")) as Budgets;

test("the wizard's first page stays within its JavaScript budget", async ({ page, browser }, testInfo) => {
  const id = await seedDraft(page, readFixture("fixtures/seeds/002.json"));
  // A fresh context: an empty HTTP cache, as on a first visit.
  const context = await browser.newContext({ storageState: PEOPLE.clerk.state });
  const weight = await scriptWeight(await context.newPage(), `/drafts/${id}/court`, previewLive).finally(() =>
    context.close(),
  );
  const summary =
    `Wizard first page: first-load JS ${kb(weight.firstLoadBytes)} KB (${weight.firstLoadFiles} scripts; budget ${budgets.wizardFirstPageJsKb} KB), ` +
    `all JS ${kb(weight.allBytes)} KB (${weight.allFiles} scripts; budget ${budgets.wizardAllJsKb} KB), compressed: ${weight.encodings}`;
  console.log(summary);
  testInfo.annotations.push({ type: "budget", description: summary });
  // Uncompressed scripts would make the figure meaningless (and the page slow).
  expect(weight.uncompressed, "scripts sent uncompressed").toEqual([]);
  // The preview's pipeline loads after first paint: a measurement that missed it would prove nothing.
  expect(weight.allFiles, `${summary}: the chunks fetched after first paint were not seen`).toBeGreaterThan(
    weight.firstLoadFiles,
  );
  expect(weight.firstLoadBytes / 1024, summary).toBeLessThanOrEqual(budgets.wizardFirstPageJsKb);
  expect(weight.allBytes / 1024, summary).toBeLessThanOrEqual(budgets.wizardAllJsKb);
});
