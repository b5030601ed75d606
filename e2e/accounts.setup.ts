import { expect, test as setup } from "@playwright/test";
import { E2E_SETUP_TOKEN, PEOPLE } from "./accounts";
import { checkA11y } from "./fixtures";

/**
 * First run, through the pages: the judge sets up the chambers, invites a clerk, the clerk joins
 * from the link; the court's administrator sets up a second chambers. Each person's session is
 * saved for the journeys.
 */
setup("a judge sets up the chambers and invites a clerk; a second chambers is set up", async ({ browser, page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Set up your chambers" })).toBeVisible();
  await checkA11y(page, "first-run setup");
  // A too-short password is named at its field, and nothing typed is lost.
  await page.getByLabel("Chambers", { exact: true }).fill("Chambers of Judge Ana Reyes");
  await page.getByLabel("Judge's name").fill(PEOPLE.judge.name);
  await page.getByLabel("Judge's email").fill(PEOPLE.judge.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create the chambers" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await expect(page.getByLabel("Judge's name")).toHaveValue(PEOPLE.judge.name);
  await checkA11y(page, "setup with an error");
  await page.getByLabel("Password").fill(PEOPLE.judge.password);
  await page.getByRole("button", { name: "Create the chambers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Drafts" })).toBeVisible();
  await checkA11y(page, "the drafts list, empty");
  await page.context().storageState({ path: PEOPLE.judge.state });

  await page.getByRole("link", { name: "Chambers", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chambers of Judge Ana Reyes" })).toBeVisible();
  await page.getByLabel("Email of the person to invite").fill(PEOPLE.clerk.email);
  await page.getByLabel("Role").selectOption("clerk");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())?.trim() ?? "";
  expect(link).toMatch(/\/invite\/[\w-]+$/);
  await checkA11y(page, "the chambers page with an invitation");

  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await clerk.goto(link);
  await expect(clerk.getByRole("heading", { level: 1, name: "Join Chambers of Judge Ana Reyes" })).toBeVisible();
  await checkA11y(clerk, "accepting an invitation");
  await clerk.getByLabel("Your name").fill(PEOPLE.clerk.name);
  await clerk.getByLabel("Password").fill(PEOPLE.clerk.password);
  await clerk.getByRole("button", { name: "Join the chambers" }).click();
  await expect(clerk.getByRole("heading", { level: 1, name: "Drafts" })).toBeVisible();
  await clerkContext.storageState({ path: PEOPLE.clerk.state });
  // The link works once.
  expect((await clerk.goto(link))?.status()).toBe(404);
  await clerkContext.close();

  // Setup is closed once a chambers exists, unless the court's administrator presents the token.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto("/setup");
  await expect(other.getByRole("heading", { level: 1, name: "Chambers Drafts is set up" })).toBeVisible();
  await other.goto(`/setup?token=${E2E_SETUP_TOKEN}`);
  await other.getByLabel("Chambers", { exact: true }).fill("Chambers of Judge Lee Park");
  await other.getByLabel("Judge's name").fill(PEOPLE.otherJudge.name);
  await other.getByLabel("Judge's email").fill(PEOPLE.otherJudge.email);
  await other.getByLabel("Password").fill(PEOPLE.otherJudge.password);
  await other.getByRole("button", { name: "Create the chambers" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Drafts" })).toBeVisible();
  await otherContext.storageState({ path: PEOPLE.otherJudge.state });
  await otherContext.close();

  // Sign-in: a wrong password is refused without saying which part was wrong.
  const fresh = await browser.newContext();
  const login = await fresh.newPage();
  await login.goto("/drafts");
  await expect(login).toHaveURL(/\/login\?next=%2Fdrafts$/);
  await checkA11y(login, "sign-in");
  await login.getByLabel("Email").fill(PEOPLE.clerk.email);
  await login.getByLabel("Password").fill("not-the-password");
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login.getByText("That email and password do not match an account.")).toBeVisible();
  await login.getByLabel("Password").fill(PEOPLE.clerk.password);
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login.getByRole("heading", { level: 1, name: "Drafts" })).toBeVisible();
  await fresh.close();
});
