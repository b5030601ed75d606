import { expect, test, type Browser } from "@playwright/test";
import { pageAs } from "./accounts";
import { appOrigin, checkA11y } from "./fixtures";

/** A temporary clerk joins through an invitation the judge makes on the chambers page. */
async function temporaryClerk(browser: Browser, email: string) {
  const judge = await pageAs(browser, "judge");
  await judge.goto("/chambers");
  await judge.getByLabel("Email of the person to invite").fill(email);
  await judge.getByLabel("Role", { exact: true }).selectOption("clerk");
  await judge.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await judge.getByTestId("invitation-link").textContent())?.trim() ?? "";
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const clerk = await context.newPage();
  await clerk.goto(link);
  await clerk.getByLabel("Your name").fill("Temp Clerk");
  await clerk.getByLabel("Password").fill("password1234");
  await clerk.getByRole("button", { name: "Join the chambers" }).click();
  await expect(clerk.getByText(/too easy to guess/)).toBeVisible();
  await clerk.getByLabel("Password").fill("a temporary clerk passphrase 5");
  await clerk.getByRole("button", { name: "Join the chambers" }).click();
  await expect(clerk.getByRole("heading", { level: 1, name: "Drafts" })).toBeVisible();
  return { judge, clerk };
}

test("offboarding from the chambers page: rename, end sessions, remove; revoke an invitation", async ({ browser }) => {
  const { judge, clerk } = await temporaryClerk(browser, `temp-${Date.now()}@reyes.example`);
  await judge.goto("/chambers");
  await checkA11y(judge, "the chambers page with member controls");

  // The judge names the clerk; the name is shown with its role wherever the clerk acted.
  await judge.getByLabel("Name of Temp Clerk").fill("Pat Temp");
  await judge.getByRole("button", { name: "Save Temp Clerk" }).click();
  await expect(judge.getByRole("status")).toHaveText("Saved Pat Temp.");

  // Ending the clerk's sessions: their very next request is signed out.
  expect((await clerk.request.get("/api/drafts")).status()).toBe(200);
  await judge.getByRole("button", { name: "End Pat Temp’s sessions" }).click();
  await expect(judge.getByRole("status")).toHaveText("Pat Temp is signed out everywhere.");
  expect((await clerk.request.get("/api/drafts")).status()).toBe(401);

  judge.once("dialog", (dialog) => void dialog.accept());
  await judge.getByRole("button", { name: "Remove Pat Temp" }).click();
  await expect(judge.getByText("Pat Temp", { exact: false })).toHaveCount(0);

  // An invitation sent by mistake is revoked; its link no longer opens.
  await judge.getByLabel("Email of the person to invite").fill("mistake@reyes.example");
  await judge.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await judge.getByTestId("invitation-link").textContent())?.trim() ?? "";
  await judge.reload();
  await judge.getByRole("button", { name: "Revoke the invitation for mistake@reyes.example" }).click();
  await expect(judge.getByText("mistake@reyes.example")).toHaveCount(0);
  expect((await clerk.goto(link))?.status()).toBe(404);

  // A clerk has no member controls and cannot call them.
  const sam = await pageAs(browser, "clerk");
  await sam.goto("/chambers");
  await expect(sam.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  const members = await (await judge.request.get("/api/auth/get-session")).json();
  const forbidden = await sam.request.post(`/api/members/${(members as { user: { id: string } }).user.id}/remove`, {
    data: {},
    headers: { Origin: appOrigin(sam) },
  });
  expect(forbidden.status()).toBe(403);
});
