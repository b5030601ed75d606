import { expect, test, type Page } from "@playwright/test";
import { driveWizard } from "./drive-wizard";
import { enterable } from "./wizard-driver";
import { pageAs, signInThroughPage } from "./accounts";
import {
  appOrigin,
  checkA11y,
  comparable,
  docxPart,
  docxText,
  expectServerDraft,
  newDraft,
  readFixture,
} from "./fixtures";
import { Journey } from "./journey";

const reviewHeading = (page: Page) => page.getByRole("region", { name: "The order as it will print" });

/**
 * Journey 3: the clerk drafts seed 002 and submits it; the judge signs in, comments on the
 * discussion and returns it; the clerk sees the comment, edits and resubmits; the judge approves
 * and downloads the Word file. Another chambers' judge gets 404 for the draft everywhere.
 */
test("clerk drafts and submits, judge comments and returns, clerk resubmits, judge approves and downloads", async ({
  page,
  browser,
}, testInfo) => {
  const draft = readFixture("fixtures/seeds/002.json");
  const id = await newDraft(page);
  await driveWizard(page, new Journey(), draft);
  await expectServerDraft(page, id, comparable, comparable(enterable(draft)));

  // The clerk submits it for review.
  await page.getByRole("link", { name: "Review", exact: true }).click();
  await expect(reviewHeading(page)).toContainText("ORDER DENYING");
  await checkA11y(page, "review page, drafting");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review", { exact: true })).toBeVisible();
  // In review, the wizard is read only.
  await page.goto(`/drafts/${id}/court`);
  await expect(page.getByText(/is in review, so it cannot be edited/)).toBeVisible();

  // The judge signs in, finds it among the drafts in review, comments on the discussion, returns it.
  const judgeContext = await browser.newContext();
  const judge = await judgeContext.newPage();
  await signInThroughPage(judge, "judge");
  await judge.getByRole("link", { name: /^In review/ }).click();
  await expect(judge.getByRole("list", { name: "Drafts" }).getByRole("listitem")).toHaveCount(1);
  await judge.getByRole("list", { name: "Drafts" }).getByRole("link").first().click();
  await expect(judge).toHaveURL(new RegExp(`/drafts/${id}/review$`));
  // The review page may show its loading state first: wait for the comment form's paragraph.
  const discussion = judge.getByLabel("On", { exact: true });
  const firstParagraph = discussion.locator("option").filter({ hasText: /^Discussion, paragraph 1:/ });
  await expect(firstParagraph).toHaveCount(1);
  await discussion.selectOption({ label: (await firstParagraph.textContent())! });
  await judge
    .getByLabel("Comment", { exact: true })
    .fill("Cite the Ninth Circuit's standard for the second element before applying it.");
  await judge.getByRole("button", { name: "Add comment" }).click();
  await expect(judge.getByRole("listitem", { name: /Comment by Ana Reyes \(judge\) on Discussion/ })).toContainText(
    "Cite the Ninth Circuit",
  );
  await checkA11y(judge, "review page, judge, with a comment");
  // The judge who reviews in Word gets the comment as a real Word comment, its author named with the
  // role as everywhere else (docs/security.md).
  const withComments = judge.waitForEvent("download");
  await judge.getByRole("link", { name: /Download Word file/ }).click();
  const commentedFile = testInfo.outputPath("in-review.docx");
  await (await withComments).saveAs(commentedFile);
  const commentsXml = await docxPart(commentedFile, "word/comments.xml");
  expect(commentsXml).toContain("Cite the Ninth Circuit");
  expect(commentsXml).toContain('w:author="Ana Reyes (judge)"');
  await judge.getByLabel("Note to the clerk").fill("Please address my comment on the discussion.");
  await judge.getByRole("button", { name: "Return for changes" }).click();
  await expect(judge.getByText("Returned for changes", { exact: true })).toBeVisible();

  // The clerk sees the note and the comment, edits, resolves the comment and resubmits.
  await page.goto(`/drafts/${id}/review`);
  await expect(page.getByRole("note")).toContainText("Please address my comment on the discussion.");
  await expect(page.getByRole("listitem", { name: /Comment by Ana Reyes/ })).toContainText("Cite the Ninth Circuit");
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.goto(`/drafts/${id}/controlling-question`);
  const reasoning = page.getByLabel("Reasoning", { exact: true });
  const edited = `${await reasoning.inputValue()} The Ninth Circuit's standard is stated above.`;
  await reasoning.fill(edited);
  await expectServerDraft(page, id, (d) => d.certification.controllingQuestion.reasoning, edited);
  await page.getByRole("link", { name: "Review", exact: true }).click();
  // The order prints the clerk's apostrophe as a typographer's, as courts print it.
  await expect(reviewHeading(page)).toContainText("The Ninth Circuit’s standard is stated above.");
  await page
    .getByRole("listitem", { name: /Comment by Ana Reyes/ })
    .getByRole("button", { name: "Resolve" })
    .click();
  await expect(page.getByText("Comments (0 open)")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review", { exact: true })).toBeVisible();

  // The judge approves and downloads the Word file.
  await judge.reload();
  // The approve dialog lists the order's open citation flags first (seed 002 cites authorities verified only as cited).
  await judge.getByRole("button", { name: "Approve", exact: true }).click();
  const approving = judge.getByRole("dialog", { name: "Approve this revision?" });
  await expect(approving.getByRole("heading", { name: /Open citation flags/ })).toBeVisible();
  await expect(approving).toContainText("Verified only as cited");
  await approving.getByRole("button", { name: "Approve this revision" }).click();
  await expect(judge.getByText("Approved", { exact: true })).toBeVisible();
  const downloading = judge.waitForEvent("download");
  await judge.getByRole("link", { name: /Download Word file/ }).click();
  const download = await downloading;
  const file = testInfo.outputPath("approved.docx");
  await download.saveAs(file);
  const text = await docxText(file);
  expect(text).toContain("The Ninth Circuit’s standard is stated above.");
  // The comment was resolved, so the approved order carries no comments.
  expect(await docxPart(file, "word/comments.xml")).not.toContain("Cite the Ninth Circuit");

  // The audit trail names who did what.
  await judge.getByRole("link", { name: "Activity", exact: true }).click();
  const trail = judge.getByRole("list", { name: "Audit trail, newest first" });
  await expect(trail.getByRole("listitem").first()).toContainText("Ana Reyes (judge) approved");
  await expect(trail).toContainText("Sam Okafor (law clerk) submitted");
  await expect(trail).toContainText("Ana Reyes (judge) returned it for changes");
  await expect(trail).toContainText("Sam Okafor (law clerk) created the draft");
  await checkA11y(judge, "activity page");
  await judgeContext.close();

  // Another chambers: 404 for the pages, the Word file and the API, whatever the verb.
  const other = await pageAs(browser, "otherJudge");
  for (const path of [
    `/drafts/${id}`,
    `/drafts/${id}/court`,
    `/drafts/${id}/review`,
    `/drafts/${id}/versions`,
    `/drafts/${id}/activity`,
  ]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await other.goto("/drafts");
  await expect(other.getByText("No drafts yet")).toBeVisible();
  const origin = appOrigin(other);
  const api = other.request;
  const attempts = [
    api.get(`/api/drafts/${id}`),
    api.get(`/api/drafts/${id}/docx`),
    api.get(`/api/drafts/${id}/versions`),
    api.get(`/api/drafts/${id}/versions/1`),
    api.get(`/api/drafts/${id}/comments`),
    api.get(`/api/drafts/${id}/audit`),
    api.get(`/api/drafts/${id}/redline?from=1&to=2`),
    api.put(`/api/drafts/${id}`, { data: { baseRevision: 1, data: draft }, headers: { Origin: origin } }),
    api.post(`/api/drafts/${id}/status`, { data: { action: "approve" }, headers: { Origin: origin } }),
    api.post(`/api/drafts/${id}/comments`, {
      data: { anchor: { section: "discussion" }, body: "x" },
      headers: { Origin: origin },
    }),
    api.post(`/api/drafts/${id}/versions/1/restore`, { headers: { Origin: origin } }),
  ];
  for (const response of await Promise.all(attempts)) expect(response.status(), response.url()).toBe(404);
  await other.context().close();
});
