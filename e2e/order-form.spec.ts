import { expect, test, type Page } from "@playwright/test";
import { checkA11y, expectServerDraft, readFixture, seedDraft } from "./fixtures";

/** The order's form chosen for one draft on the ruling step: the preview prints it at once, and it is saved. */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });

test("a draft's own title form, decretal language and docket citations", async ({ page }) => {
  const draft = readFixture("fixtures/seeds/000.json");
  const id = await seedDraft(page, { ...draft, orderDate: "2010-09-15" });
  await page.goto(`/drafts/${id}/ruling`);
  await expect(page.getByRole("heading", { level: 1, name: "Ruling and download" })).toBeVisible();
  await expect(preview(page)).toContainText("ORDER DENYING APPELLANT");
  await expect(preview(page)).toContainText("[docket no. 59]");

  await page.getByText("Form of the order").click();
  await page.getByLabel("Form of the title").selectOption("memorandum-and-order");
  await page.getByLabel("After the form, the title states").selectOption("none");
  await page.getByLabel("Decretal language").selectOption("it-is-ordered");
  await page.getByLabel("Docket citations").selectOption("ecf-no");

  await expect(preview(page)).toContainText("MEMORANDUM AND ORDER");
  await expect(preview(page)).not.toContainText("ORDER DENYING APPELLANT");
  await expect(preview(page)).toContainText("IT IS ORDERED that");
  await expect(preview(page)).toContainText("ECF No. 59");
  await checkA11y(page, "the ruling step with the order's form open");
  await expectServerDraft(page, id, (saved) => saved.styleOverrides, {
    titleForm: "memorandum-and-order",
    titleRuling: "none",
    decree: { form: "it-is-ordered" },
    docketCite: { form: "ecf-no" },
  });

  // Back to the chambers' style: the choice is unanswered again, and the seed's own form returns.
  await page.getByLabel("Form of the title").selectOption("");
  await page.getByLabel("After the form, the title states").selectOption("");
  await expect(preview(page)).toContainText("ORDER DENYING APPELLANT");
});
