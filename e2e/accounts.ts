import { expect, type Browser, type Page } from "@playwright/test";

/** The court administrator's token for a second chambers (the other-chambers checks). */
export const E2E_SETUP_TOKEN = "e2e-court-setup-token";

/** Saved sessions, per server port: runs on other ports (a benchmark, a second checkout) keep their own. */
export const AUTH_DIR = `e2e/.auth/${process.env.PORT ?? "3100"}`;

/** The people of the e2e runs: a judge and a clerk in one chambers, a judge of another. */
export const PEOPLE = {
  judge: {
    name: "Ana Reyes",
    email: "judge@reyes.example",
    password: "judge-password-123",
    state: `${AUTH_DIR}/judge.json`,
  },
  clerk: {
    name: "Sam Okafor",
    email: "clerk@reyes.example",
    password: "clerk-password-123",
    state: `${AUTH_DIR}/clerk.json`,
  },
  otherJudge: {
    name: "Lee Park",
    email: "judge@park.example",
    password: "other-password-123",
    state: `${AUTH_DIR}/other-judge.json`,
  },
} as const;

export type Person = keyof typeof PEOPLE;

/** A page signed in as `who` (from the storage state the accounts setup saved). */
export async function pageAs(browser: Browser, who: Person): Promise<Page> {
  const context = await browser.newContext({ storageState: PEOPLE[who].state });
  return context.newPage();
}

/** Signs in through the sign-in page. */
export async function signInThroughPage(page: Page, who: Person): Promise<void> {
  const person = PEOPLE[who];
  await page.goto("/login");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Drafts" })).toBeVisible();
}
