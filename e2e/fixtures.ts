import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import path from "node:path";
import mammoth from "mammoth";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";

/** A fixture draft, parsed with the one schema. */
export function readFixture(relative: string): MotionDraft {
  return MotionDraftSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", relative), "utf8")));
}

/** Starts a draft as a clerk does: the drafts list, then "New draft". Returns the draft's id. */
export async function newDraft(page: Page): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Court and judge" })).toBeVisible();
  return draftIdOf(page);
}

/** The draft id in the current wizard URL. */
export function draftIdOf(page: Page): string {
  const match = /\/drafts\/([^/]+)\//.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`Not a wizard URL: ${page.url()}`);
  return match[1]!;
}

/** Creates a draft on the server with these answers (for specs whose journey starts mid-draft). */
export async function seedDraft(page: Page, draft: MotionDraft = emptyDraft()): Promise<string> {
  await page.goto("/drafts");
  const response = await page.request.post("/api/drafts", {
    data: { data: draft },
    headers: { Origin: appOrigin(page) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { draft: { id: string } }).draft.id;
}

/** The draft's current version as the server holds it. */
export async function storedDraft(page: Page, id: string): Promise<MotionDraft> {
  const response = await page.request.get(`/api/drafts/${id}`);
  expect(response.status()).toBe(200);
  return MotionDraftSchema.parse(((await response.json()) as { version: { data: unknown } }).version.data);
}

/** Waits until the server holds a version of the draft for which `check` returns the expected value (autosave is debounced). */
export async function expectServerDraft<T>(
  page: Page,
  id: string,
  check: (draft: MotionDraft) => T,
  expected: T,
): Promise<void> {
  await expect.poll(async () => check(await storedDraft(page, id)), { timeout: 15_000 }).toEqual(expected);
}

/** The origin the app is served on (writes must name it: the API's CSRF check). */
export function appOrigin(page: Page): string {
  return new URL(page.url()).origin;
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page and fails with a readable list of violations. */
export async function checkA11y(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const problems = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("\n    ")}`,
  );
  expect(problems, `axe on ${where}`).toEqual([]);
}

/** The text of a DOCX file as mammoth reads it. */
export async function docxText(file: string | Uint8Array): Promise<string> {
  const input = typeof file === "string" ? { path: file } : { buffer: Buffer.from(file) };
  return (await mammoth.extractRawText(input)).value;
}

/** One part of a downloaded Word file as text (e.g. "word/comments.xml"); "" when the file has no such part. */
export async function docxPart(file: string, part: string): Promise<string> {
  const bytes = unzipSync(new Uint8Array(await readFile(file)))[part];
  return bytes ? strFromU8(bytes) : "";
}

/** The order's text as the pipeline produces it in-process: draftOrder → renderDocx → mammoth. */
export async function expectedDocxText(
  draft: MotionDraft,
): Promise<{ text: string; fileDate?: string; shortCaption: string }> {
  const { doc, style } = draftOrder(draft);
  return {
    text: await docxText(await renderDocx(doc, style)),
    ...(doc.meta.orderDate ? { fileDate: doc.meta.orderDate } : {}),
    shortCaption: doc.meta.shortCaption,
  };
}

const CHECKBOX_FLAGS = [
  "isWithinFederalCircuitJurisdiction",
  "isExParte",
  "requested",
  "isSuccessive",
  "isProSe",
  "isPrisoner",
  "inFormaPauperis",
  "continuesParagraph",
  "omitDatePrefix",
];

/**
 * A draft in a form two drafts can be compared in: list-item ids replaced by positions (the
 * wizard makes its own), parties in caption order per side, and an unchecked checkbox equal to
 * one never touched (false ≡ absent for flags shown as checkboxes).
 */
export function comparable(draft: MotionDraft): unknown {
  const copy = structuredClone(draft);
  const sides = ["plaintiff", "defendant"] as const;
  const parties = sides.flatMap((side) => copy.case.parties.filter((p) => p.side === side));
  const newIds = new Map(
    parties.map((p) => [p.id, `${p.side}-${parties.filter((q) => q.side === p.side).indexOf(p) + 1}`]),
  );
  copy.case.parties = parties.map((p) => ({ ...p, id: newIds.get(p.id)! }));
  copy.motion.movantPartyIds = copy.motion.movantPartyIds.map((id) => newIds.get(id) ?? id);
  copy.docketEntries = copy.docketEntries.map((e, i) => ({ ...e, id: `entry-${i + 1}` }));
  copy.certification.questions = copy.certification.questions.map((q, i) => ({ ...q, id: `question-${i + 1}` }));
  const dropFalseFlags = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(dropFalseFlags);
    if (node && typeof node === "object") {
      return Object.fromEntries(
        Object.entries(node)
          .filter(([key, value]) => !(CHECKBOX_FLAGS.includes(key) && value === false))
          .map(([key, value]) => [key, dropFalseFlags(value)]),
      );
    }
    return node;
  };
  // The wizard's list fields save an empty list where a fixture leaves the answer out: both print nothing.
  for (const list of OPTIONAL_LISTS) if (copy[list]?.length === 0) delete copy[list];
  return JSON.parse(JSON.stringify(dropFalseFlags(copy)));
}

/** Lists of the draft a fixture may leave out, which the wizard saves as empty. */
const OPTIONAL_LISTS = [
  "furtherOrders",
  "furtherMotions",
  "otherRulings",
  "directions",
  "addedStandardSentences",
] as const;

/** Clicks the ruling step's "Download .docx" and saves the Word file in the test's output; returns its path. */
export async function downloadOrderDocx(page: Page, testInfo: TestInfo, name = "order.docx"): Promise<string> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download .docx" }).click();
  const file = testInfo.outputPath(name);
  await (await downloading).saveAs(file);
  return file;
}
