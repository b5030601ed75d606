/**
 * Renders pleading-paper orders with LibreOffice and measures the PDF (skipped where soffice
 * or pdftotext is missing; CI installs both). Word may differ from LibreOffice in detail.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDocxRender } from "@/scripts/check-docx-render";
import type { Block, OrderDoc } from "@/lib/order-doc/types";
import { PLAIN_STYLE, PLEADING_STYLE, longOrder, sampleOrder } from "../testing/order-fixtures";
import { renderDocx } from "./render-docx";
import { shouldRenderWithLibreOffice } from "@/lib/render/testing/can-render";
import { CAPTION_FORMS } from "@/lib/render/testing/caption-forms";

/** An order whose body is prose and headings only: every body line should sit on the grid. */
function gridOnlyOrder(paragraphs: number): OrderDoc {
  const doc = longOrder(paragraphs);
  const body: Block[] = doc.body.filter((block) => block.kind === "paragraph" || block.kind === "heading");
  const stripNotes = (block: Block): Block =>
    block.kind === "list"
      ? block
      : ({ ...block, content: block.content.filter((inline) => inline.kind !== "footnoteRef") } as Block);
  return { ...doc, body: body.map(stripNotes) };
}

// On CI the tools are installed by .ci/run, so a missing one fails there instead of skipping.
describe.skipIf(!shouldRenderWithLibreOffice)("LibreOffice render of pleading paper", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pleading-render-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = async (name: string, doc: OrderDoc, style = PLEADING_STYLE) => {
    const file = path.join(dir, name);
    writeFileSync(file, await renderDocx(doc, style));
    return file;
  };

  it("prints 1-28 in the margin of each page (3 or more), on the baselines of the body lines", async () => {
    // 3 pages with Liberation/Times metrics, 4 with DejaVu (what a bare LibreOffice falls back to).
    const result = await checkDocxRender(await write("grid.docx", gridOnlyOrder(24)));
    expect(result.pleading).toBe(true);
    expect(result.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of result.pages) {
      expect(page.missingNumbers, `page ${page.page}`).toEqual([]);
      expect(page.bodyLines, `page ${page.page}`).toBeGreaterThan(10);
      expect(page.offGridLines, `page ${page.page} lines off the grid`).toBe(0);
    }
    expect(result.ok).toBe(true);
  }, 120_000);

  it("keeps the numbers on every page when block quotes and footnotes break the grid", async () => {
    const result = await checkDocxRender(await write("sample.docx", longOrder(30)));
    expect(result.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of result.pages) expect(page.missingNumbers, `page ${page.page}`).toEqual([]);
    const pageOne = result.layoutText.split("\f")[0] ?? "";
    expect(pageOne).toMatch(/^\s*1\s+UNITED STATES DISTRICT COURT/m);
  }, 120_000);

  it("keeps a caption of several rows (consolidated cases) on the grid, 1-28 on every page", async () => {
    const consolidated = CAPTION_FORMS.find((form) => form.name.startsWith("consolidated on pleading paper"))!;
    const doc = { ...gridOnlyOrder(24), caption: consolidated.doc.caption };
    const result = await checkDocxRender(await write("consolidated.docx", doc, consolidated.style));
    expect(result.pleading).toBe(true);
    for (const page of result.pages) {
      expect(page.missingNumbers, `page ${page.page}`).toEqual([]);
      expect(page.offGridLines, `page ${page.page} lines off the grid`).toBe(0);
    }
    expect(result.layoutText).toContain("Consolidated with:");
  }, 120_000);

  it("has no margin numbers on plain paper", async () => {
    const result = await checkDocxRender(await write("plain.docx", sampleOrder(), PLAIN_STYLE));
    expect(result.pleading).toBe(false);
    expect(result.ok).toBe(true);
    expect(result.pages.every((page) => !page.marginNumbers.includes(28))).toBe(true);
  }, 120_000);
});
