import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkCitations } from "@/lib/cite-check/check-citations";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { orderPlainText } from "@/lib/render/plain-text";
import { shouldRenderWithLibreOffice } from "@/lib/render/testing/can-render";
import { documentText } from "./document-text";

/** Issue 16's second acceptance test: the product's own seed orders carry no citation error, as text, .docx or PDF. */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SEEDS = ["000", "001", "002"];
const orderOf = (seed: string) =>
  draftOrder(MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(ROOT, `fixtures/seeds/${seed}.json`), "utf8"))));
const errorsIn = (text: string) =>
  checkCitations(text)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.kind}: ${f.citation}`);

describe("the rendered seed orders", () => {
  it.each(SEEDS)("seed %s as plain text has no citation error", (seed) => {
    const { doc, style } = orderOf(seed);
    expect(errorsIn(orderPlainText(doc, style))).toEqual([]);
  });

  it.each(SEEDS)("seed %s as .docx has no citation error", async (seed) => {
    const { doc, style } = orderOf(seed);
    const text = await documentText(await renderDocx(doc, style), "docx");
    expect(text).toMatch(/U\.S\.C\./);
    expect(errorsIn(text)).toEqual([]);
  });

  describe.skipIf(!shouldRenderWithLibreOffice)("as PDF (LibreOffice)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cite-check-pdf-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it.each(SEEDS)(
      "seed %s as PDF has no citation error",
      async (seed) => {
        const { doc, style } = orderOf(seed);
        const docx = path.join(dir, `${seed}.docx`);
        writeFileSync(docx, await renderDocx(doc, style));
        execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore" });
        const text = await documentText(new Uint8Array(readFileSync(path.join(dir, `${seed}.pdf`))), "pdf");
        expect(text).toMatch(/U\.S\.C\./);
        expect(errorsIn(text)).toEqual([]);
      },
      120_000,
    );
  });
});

describe("a seed order as a PDF with its pleading-paper line numbers", () => {
  it("reports the same table rows as its text (line numbers inside citations stripped)", async () => {
    const pdf = new Uint8Array(readFileSync(path.join(ROOT, "fixtures/cite-check/seed-002.pdf")));
    const errors = checkCitations(await documentText(pdf, "pdf")).findings.filter((f) => f.severity === "error");
    const kinds = (pattern: RegExp) => errors.filter((f) => pattern.test(f.citation)).map((f) => f.kind);
    expect(kinds(/^Ahrenholz/)).toEqual(expect.arrayContaining(["first-page", "case-name"]));
    expect(kinds(/McDowell/)).toContain("weight-parenthetical");
    expect(kinds(/Villarreal/)).toContain("statement-other-authority");
    expect(errors.filter((f) => f.kind === "pin-format")).toHaveLength(2);
  });
});
