import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "./accounts";
import { appOrigin, checkA11y, readFixture, seedDraft } from "./fixtures";

/** The chambers' style set on its page (the judge), shown read-only to the clerk, and followed by a new draft. */

const sample = (page: Page) => page.getByRole("region", { name: "Sample" });
const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });

/** Back to no chambers style, so that the other journeys' drafts print as before. */
async function clearChambersStyle(page: Page) {
  const response = await page.request.put("/api/chambers/style", {
    data: { style: {} },
    headers: { Origin: appOrigin(page) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test("the judge sets the chambers' style; the clerk sees it and a new draft follows it", async ({ browser, page }) => {
  const judge = await pageAs(browser, "judge");
  try {
    await judge.goto("/chambers");
    await judge.getByRole("link", { name: "The chambers’ style for orders" }).click();
    await expect(judge.getByRole("heading", { level: 1, name: "The chambers’ style" })).toBeVisible();
    await expect(sample(judge)).toContainText("ORDER DENYING DEFENDANT’S MOTION");
    await checkA11y(judge, "the chambers' style page");

    await judge.getByLabel("Form of the title").selectOption("memorandum-and-order");
    await judge.getByLabel("After the form, the title states").selectOption("none");
    await judge.getByLabel("Decretal language").selectOption("it-is-ordered");
    await judge.getByLabel("Docket citations").selectOption("dkt-no");
    await expect(sample(judge)).toContainText("MEMORANDUM AND ORDER");
    await expect(sample(judge)).not.toContainText("ORDER DENYING");
    await expect(sample(judge)).toContainText("IT IS ORDERED that");
    await expect(sample(judge)).toContainText("Dkt. No. 45");

    // A wrong answer is named at its field, and nothing is sent.
    await judge.getByLabel("Font size (points)").fill("30");
    await judge.getByRole("button", { name: "Save the chambers’ style" }).click();
    await expect(judge.getByText("The font size is at most 16 points")).toBeVisible();
    await expect(judge.getByLabel("Font size (points)")).toHaveAttribute("aria-invalid", "true");
    await judge.getByLabel("Font size (points)").fill("");

    // A save the server refuses: its problem at the field, every choice kept.
    await judge.route("**/api/chambers/style", (route) =>
      route.request().method() === "PUT"
        ? route.fulfill({
            status: 400,
            contentType: "application/json",
            json: { error: "Invalid body", issues: [{ path: "style.docketCite.label", message: "Not a label" }] },
          })
        : route.fallback(),
    );
    await judge.getByLabel("Label for one entry").fill("ECF Doc.");
    await judge.getByRole("button", { name: "Save the chambers’ style" }).click();
    await expect(judge.getByRole("alert").filter({ hasText: "The style was not saved" })).toBeVisible();
    await expect(judge.getByText("Not a label")).toBeVisible();
    await expect(judge.getByLabel("Label for one entry")).toHaveValue("ECF Doc.");
    await expect(judge.getByLabel("Form of the title")).toHaveValue("memorandum-and-order");
    await judge.unroute("**/api/chambers/style");

    await judge.getByLabel("Label for one entry").fill("");
    await judge.getByRole("button", { name: "Save the chambers’ style" }).click();
    await expect(judge.getByRole("status").filter({ hasText: "Saved the chambers’ style." })).toBeVisible();
    const stored = await judge.request.get("/api/chambers/style");
    expect(await stored.json()).toEqual({
      style: {
        titleForm: "memorandum-and-order",
        titleRuling: "none",
        decree: { form: "it-is-ordered" },
        docketCite: { form: "dkt-no" },
      },
    });

    // The clerk sees the chambers' style but may not change it.
    await page.goto("/drafts");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Order style" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "The chambers’ style" })).toBeVisible();
    await expect(page.getByTestId("read-only-note")).toContainText("Only the judge or the chambers administrator");
    await expect(page.getByLabel("Form of the title")).toHaveValue("memorandum-and-order");
    await expect(page.getByLabel("Form of the title")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save the chambers’ style" })).toHaveCount(0);
    await checkA11y(page, "the chambers' style page, read-only");

    // A draft started now begins from the chambers' style.
    const id = await seedDraft(page, { ...readFixture("fixtures/seeds/000.json"), orderDate: "2010-09-15" });
    await page.goto(`/drafts/${id}/ruling`);
    await expect(preview(page)).toContainText("MEMORANDUM AND ORDER");
    await expect(preview(page)).not.toContainText("ORDER DENYING APPELLANT");
    await expect(preview(page)).toContainText("IT IS ORDERED that");
    await expect(preview(page)).toContainText("Dkt. No. 59");
  } finally {
    await clearChambersStyle(judge);
    await judge.context().close();
  }
});
