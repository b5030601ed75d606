import { expect, test, type Page } from "@playwright/test";
import { checkA11y, expectServerDraft, readFixture, seedDraft } from "./fixtures";

/**
 * A clerk enters a second order under review on the order step and a second motion on the motion
 * step; the preview names both orders in the certification statement and the second motion in the
 * introduction and the decree, and both are kept across a reload.
 */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });
const choose = (page: Page, group: string, label: string) =>
  page.getByRole("group", { name: group }).getByRole("radio", { name: label, exact: true }).check();

test("a second order and a second motion, entered in the wizard, printed and kept", async ({ page }) => {
  // A grant on the Union's motion (ECF No. 43) certifying the April 2, 2026 Order (ECF No. 40); a second plaintiff.
  const fixture = readFixture("fixtures/circuits/202.json");
  const id = await seedDraft(page, {
    ...fixture,
    case: {
      ...fixture.case,
      parties: [...fixture.case.parties, { id: "p2", name: "Harbor Renters Alliance", side: "plaintiff" }],
    },
  });

  await page.goto(`/drafts/${id}/order`);
  await expect(page.getByRole("heading", { level: 1, name: "Order under review" })).toBeVisible();
  await page.getByRole("button", { name: "Add an order" }).click();
  const order = page.getByRole("group", { name: "Order 2" });
  await order.getByLabel("Date entered on the docket").fill("2026-04-09");
  await order.getByLabel("Docket number").fill("42");
  await order.getByLabel("What the order decided").fill("denying reconsideration of that order");
  await expect(preview(page)).toContainText(
    /its April 2, 2026 Order \(ECF No\. 40\) and its April 9, 2026 Order \(ECF No\. 42\) involve a controlling question of law/,
  );
  await expect(preview(page)).toContainText(/and its April 9, 2026 Order \(ECF No\. 42\) are CERTIFIED/);
  await checkA11y(page, "the order step with a further order");
  await expectServerDraft(page, id, (saved) => saved.furtherOrders?.map(({ id: _id, ...rest }) => rest), [
    { date: "2026-04-09", docketNumber: "42", decided: "denying reconsideration of that order" },
  ]);

  await page.goto(`/drafts/${id}/motion`);
  await expect(page.getByRole("heading", { level: 1, name: "The motion" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Does the Court decide the motions together?" })).toBeHidden();
  await page.getByRole("button", { name: "Add a motion" }).click();
  const motion = page.getByRole("group", { name: "Motion 2", exact: true });
  await motion.getByLabel("Docket number", { exact: true }).fill("45");

  // Next without its movants: the error names the field, and what was typed stays.
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}/motion$`));
  const movants = page.getByRole("group", { name: /Who filed motion 2\?/ });
  await expect(movants).toHaveAttribute("aria-invalid", "true");
  await expect(movants).toContainText("Choose who filed motion 2");
  await expect(motion.getByLabel("Docket number", { exact: true })).toHaveValue("45");
  await checkA11y(page, "the motion step with a further motion's error");

  await movants.getByRole("checkbox", { name: /Harbor Renters Alliance/ }).check();
  await expect(movants).not.toHaveAttribute("aria-invalid", "true");
  await choose(page, "The Court’s decision on motion 2", "Granted");
  await expect(preview(page)).toContainText(
    /Also before the Court is Plaintiff Harbor Renters Alliance.s motion for the same relief\. \(ECF No\. 45\.\)/,
  );
  await expect(preview(page)).toContainText(
    /Harbor Renters Alliance.s motion for certification under §\s1292\(b\) \(ECF No\. 45\) is GRANTED\./,
  );
  await choose(page, "Does the Court decide the motions together?", "Yes");
  await expect(preview(page)).toContainText(
    /The motions for certification under §\s1292\(b\) \(ECF Nos\. 43, 45\) are GRANTED\./,
  );
  await checkA11y(page, "the motion step with a further motion");
  await expectServerDraft(
    page,
    id,
    (saved) => [saved.furtherMotions?.map(({ id: _id, ...rest }) => rest), saved.motionsDecidedTogether],
    [[{ movantPartyIds: ["p2"], docketNumber: "45", decision: "grant" }], true],
  );

  // Reload: both further answers are kept, on their steps and in the preview.
  await page.reload();
  await expect(
    page.getByRole("group", { name: "Motion 2", exact: true }).getByLabel("Docket number", { exact: true }),
  ).toHaveValue("45");
  await expect(
    page
      .getByRole("group", { name: /Who filed motion 2\?/ })
      .getByRole("checkbox", { name: /Harbor Renters Alliance/ }),
  ).toBeChecked();
  await expect(
    page
      .getByRole("group", { name: "Does the Court decide the motions together?" })
      .getByRole("radio", { name: "Yes" }),
  ).toBeChecked();
  await expect(preview(page)).toContainText(/and its April 9, 2026 Order \(ECF No\. 42\) are CERTIFIED/);
  await page.goto(`/drafts/${id}/order`);
  await expect(page.getByRole("group", { name: "Order 2" }).getByLabel("What the order decided")).toHaveValue(
    "denying reconsideration of that order",
  );
});
