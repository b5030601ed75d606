import { expect, test, type Locator, type Page } from "@playwright/test";
import { newDraft } from "./fixtures";

/** Journey 3: invalid answers show errors next to their fields, in plain words, and nothing else is lost. */

/** The field is marked invalid and its error (role=alert) is tied to it by aria-describedby. */
async function expectFieldError(page: Page, field: Locator, message: string | RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId, "aria-describedby names the error").toBeTruthy();
  const error = page.locator(`[id="${errorId}"]`);
  await expect(error).toHaveAttribute("role", "alert");
  await expect(error).toContainText(message);
}

test("required answers, a malformed case number and a motion filed before the order", async ({ page }) => {
  const id = await newDraft(page);

  // Next with nothing answered: errors at each field, focus on the first, and the step stays.
  await page.getByLabel("Judge's title").selectOption("district");
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}/court$`));
  await expectFieldError(page, page.getByLabel("Find the district court"), "Choose the district court");
  await expectFieldError(
    page,
    page.getByLabel("Judge's name, as signed"),
    "Enter the judge's name as it will be signed",
  );
  await expect(page.getByLabel("Find the district court")).toBeFocused();
  await expect(page.getByLabel("Judge's title")).toHaveValue("district");

  await page.getByLabel("Find the district court").fill("casd");
  await page.getByRole("radio", { name: /^Southern District of California/ }).check();
  await page.getByLabel("Judge's name, as signed").fill("Michael M. Anello");
  await expect(page.getByLabel("Judge's name, as signed")).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: /^Next/ }).click();

  // A malformed case number: the court module's message, next to the field; the parties typed stay.
  await expect(page.getByRole("heading", { level: 1, name: "Parties and case" })).toBeVisible();
  await page.getByRole("button", { name: "Add a plaintiff" }).click();
  await page
    .getByRole("group", { name: "Plaintiff 1", exact: true })
    .getByLabel("Name, as the caption prints it")
    .fill("James Linlor");
  const caseNumber = page.getByLabel("Case number, as the court prints it");
  await caseNumber.fill("case seventeen");
  await caseNumber.blur();
  await expectFieldError(page, caseNumber, "This does not look like a civil case number");
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(caseNumber).toBeFocused();
  await expect(page.getByText("Add at least one defendant")).toBeVisible();
  await expect(page.getByRole("link", { name: /Parties and case \(has errors\)/ })).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Plaintiff 1", exact: true }).getByLabel("Name, as the caption prints it"),
  ).toHaveValue("James Linlor");

  await caseNumber.fill("17cv218-MMA (BLM)");
  await expect(caseNumber).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Add a defendant" }).click();
  await page
    .getByRole("group", { name: "Defendant 1", exact: true })
    .getByLabel("Name, as the caption prints it")
    .fill("Futero, Inc.");
  await page.getByRole("button", { name: /^Next/ }).click();

  await page.getByLabel("Date entered on the docket").fill("2018-03-22");
  await page.getByRole("button", { name: /^Next/ }).click();

  // A filed date before the order's date.
  await expect(page.getByRole("heading", { level: 1, name: "The motion" })).toBeVisible();
  await page.getByLabel("Title of the motion, as filed").fill("Ex Parte Motion for Modification");
  const filed = page.getByLabel("Date filed");
  await filed.fill("2018-03-01");
  await filed.blur();
  await expectFieldError(page, filed, "The motion's filed date cannot be before the order under review's date");
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}/motion$`));
  await expectFieldError(page, page.getByLabel(/^Docket number/), "Enter the motion's docket number");

  // Nothing typed is lost, the invalid date included; its error is shown again at once.
  await page.reload();
  await expect(page.getByLabel("Title of the motion, as filed")).toHaveValue("Ex Parte Motion for Modification");
  await expect(page.getByLabel("Date filed")).toHaveValue("2018-03-01");
  await expectFieldError(
    page,
    page.getByLabel("Date filed"),
    "The motion's filed date cannot be before the order under review's date",
  );
  await page.goto(`/drafts/${id}/parties`);
  await expect(page.getByLabel("Case number, as the court prints it")).toHaveValue("17cv218-MMA (BLM)");
});

test("the download route answers 400 and 413 as documented, to signed-in members of this site only", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const malformed = await request.post("/api/render", {
    data: Buffer.from("{not json"),
    headers: { "Content-Type": "application/json", Origin: origin },
  });
  expect(malformed.status()).toBe(400);

  const huge = await request.post("/api/render", {
    data: JSON.stringify({ padding: "x".repeat(1_100_000) }),
    headers: { "Content-Type": "application/json", Origin: origin },
  });
  expect(huge.status()).toBe(413);

  const invalid = await request.post("/api/render", {
    data: { schemaVersion: 1, case: { judge: {}, parties: [] }, motion: { docketNumber: "4x" } },
    headers: { Origin: origin },
  });
  expect(invalid.status()).toBe(400);
  const body = (await invalid.json()) as { issues: { path: string; message: string }[] };
  expect(body.issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ path: "orderUnderReview" }),
      expect.objectContaining({ path: "motion.docketNumber" }),
    ]),
  );

  // From another site: refused before the body is read.
  expect((await request.post("/api/render", { data: {}, headers: { Origin: "https://evil.example" } })).status()).toBe(
    403,
  );
});
