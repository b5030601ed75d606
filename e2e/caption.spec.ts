import { expect, test, type Page } from "@playwright/test";
import { checkA11y, newDraft } from "./fixtures";

/** The caption of a multidistrict litigation, typed in the parties step: the preview prints it in the district's form. */

const preview = (page: Page) => page.getByRole("region", { name: "Preview of the order" });

test("an MDL caption: In re name, master and MDL numbers, member cases, division", async ({ page }) => {
  const id = await newDraft(page);
  await page.getByLabel("Find the district court").fill("E.D. Ky.");
  await page.getByRole("radio", { name: /^Eastern District of Kentucky/ }).check();
  await page.getByLabel("Judge's name, as signed").fill("Danny C. Reeves");
  await page.getByLabel("Judge's title").selectOption("district");
  await page.getByRole("button", { name: /^Next/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Parties and case" })).toBeVisible();
  await page.getByLabel("Case number, as the court prints it").fill("2:11-md-2226-DCR");
  await page.getByRole("button", { name: "Add a plaintiff" }).click();
  await page
    .getByRole("group", { name: "Plaintiff 1", exact: true })
    .getByLabel("Name, as the caption prints it")
    .fill("Esposito");
  await page.getByRole("button", { name: "Add a defendant" }).click();
  await page
    .getByRole("group", { name: "Defendant 1", exact: true })
    .getByLabel("Name, as the caption prints it")
    .fill("Xanodyne Pharmaceuticals, Inc.");
  await page.getByLabel("What the caption names").selectOption("in-re");

  // Without the litigation's name, Next names the field and keeps everything typed.
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page.getByText("Enter the litigation's name the caption prints after “In re”")).toBeVisible();
  await expect(page.getByLabel("Case number, as the court prints it")).toHaveValue("2:11-md-2226-DCR");

  await page
    .getByLabel("The litigation's name")
    .fill("Darvocet, Darvon and Propoxyphene Products Liability Litigation");
  await page.getByLabel("Label of the master number").fill("Master File No.");
  await page.getByRole("button", { name: "Add a number" }).click();
  const mdl = page.getByRole("group", { name: "Further number 1", exact: true });
  await mdl.getByLabel("Label").fill("MDL Docket No.");
  await mdl.getByLabel("Number").fill("2226");
  await page.getByRole("button", { name: "Add a case" }).click();
  const member = page.getByRole("group", { name: "Case 1", exact: true });
  await member.getByLabel("Name, as the caption prints it").fill("Esposito v. Xanodyne Pharm., Inc., et al.");
  await member.getByLabel("Case number").fill("2:11-175-DCR");
  await page.getByLabel("Division, as printed under the court's name").fill("Northern Division");

  const printed = preview(page);
  await expect(printed).toContainText("IN RE: DARVOCET, DARVON AND PROPOXYPHENE PRODUCTS LIABILITY LITIGATION");
  await expect(printed).toContainText("Master File No. 2:11-md-2226-DCR");
  await expect(printed).toContainText("MDL Docket No. 2226");
  await expect(printed).toContainText("Esposito v. Xanodyne Pharm., Inc., et al.");
  await expect(printed).toContainText("Civil Action No. 2:11-175-DCR");
  await expect(printed).toContainText("NORTHERN DIVISION");
  await checkA11y(page, "the parties step with an MDL caption");

  await page.reload();
  await expect(page.getByLabel("What the caption names")).toHaveValue("in-re");
  await expect(page.getByRole("group", { name: "Case 1", exact: true }).getByLabel("Case number")).toHaveValue(
    "2:11-175-DCR",
  );
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}/parties`));
});
