import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderPlainText } from "@/lib/render/plain-text";
import { orderTextBlocks } from "@/lib/render/order-text-blocks";
import { findAll, parseXml, wText, type XmlElement } from "@/lib/render/testing/xml-tree";
import { checkDocxRender } from "@/scripts/check-docx-render";
import { renderRedlineDocx } from "./render-redline-docx";
import { shouldRenderWithLibreOffice } from "@/lib/render/testing/can-render";
import {
  ALL_EDITS,
  addedQuestion,
  editedReason,
  removedDocketEntry,
  severalEdits,
  type Revisions,
} from "./testing/edits";
import { resolvedText } from "./testing/tracked-text";

const CHANGE = { author: "Law Clerk", date: new Date("2026-11-23T15:30:00Z") };
const normalize = (text: string) => text.replace(/[\u00a0\s]+/g, " ").trim();

type Parts = { document: string; footnotes: string };
async function redline({ before, after }: Revisions): Promise<{ bytes: Uint8Array; xml: Parts }> {
  const bytes = await renderRedlineDocx(before.doc, after.doc, after.style, CHANGE);
  const files = unzipSync(bytes);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { bytes, xml: { document: part("word/document.xml"), footnotes: part("word/footnotes.xml") } };
}

/** The text of w:delText (deleted) or w:t inside w:ins (inserted) of each revision mark. */
const revisionTexts = (xml: string, name: "w:ins" | "w:del") =>
  findAll(parseXml(xml), name)
    .map((mark) =>
      name === "w:ins"
        ? wText(mark)
        : findAll(mark, "w:delText")
            .map((t) => t.children.join(""))
            .join(""),
    )
    .filter((text) => text !== "");

const footnoteTexts = (revision: Revisions["after"]) =>
  normalize(
    orderTextBlocks(revision.doc, revision.style)
      .filter((block) => block.where.part === "footnote")
      .map((block) => block.text)
      .join(" "),
  );

describe.each(ALL_EDITS)("the Word redline of %s", (_name, edit) => {
  const revisions = edit();
  const { before, after } = revisions;
  let xml: Parts;
  let bytes: Uint8Array;
  beforeAll(async () => ({ bytes, xml } = await redline(revisions)));

  it("reads as the later revision after Accept all, and as the earlier one after Reject all", () => {
    expect(normalize(resolvedText(xml.document, "accept"))).toBe(
      normalize(orderPlainText(after.doc, after.style, { footnotes: false })),
    );
    expect(normalize(resolvedText(xml.document, "reject"))).toBe(
      normalize(orderPlainText(before.doc, before.style, { footnotes: false })),
    );
  });

  it("does the same for the footnotes' text", () => {
    expect(normalize(resolvedText(xml.footnotes, "accept"))).toBe(footnoteTexts(after));
    expect(normalize(resolvedText(xml.footnotes, "reject"))).toBe(footnoteTexts(before));
  });

  it("marks every change with its author and date", () => {
    const marks = [xml.document, xml.footnotes].flatMap((part) => [
      ...findAll(parseXml(part), "w:ins"),
      ...findAll(parseXml(part), "w:del"),
    ]);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks)
      expect(mark.attrs).toMatchObject({ "w:author": "Law Clerk", "w:date": "2026-11-23T15:30:00Z" });
    const ids = marks.map((mark) => mark.attrs["w:id"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("opens in mammoth", async () => {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(result.messages.filter((message) => message.type === "error")).toEqual([]);
    expect(result.value).toContain(after.doc.caption.caseNumberLine);
  });
});

/** The paragraphs whose mark (pPr/rPr) is tracked as inserted or deleted. */
const trackedParagraphs = (xml: string, name: "w:ins" | "w:del"): XmlElement[] =>
  findAll(parseXml(xml), "w:p").filter((p) => findAll(p, "w:pPr").some((pPr) => findAll(pPr, name).length > 0));

describe("renderRedlineDocx", () => {
  it("marks exactly the reworded words", async () => {
    const { xml } = await redline(editedReason());
    expect(revisionTexts(xml.document, "w:del")).toEqual(["appears "]);
    expect(revisionTexts(xml.document, "w:ins")).toEqual(["is plain "]);
  });

  it("deletes a removed paragraph whole, paragraph mark included, keeping its italics", async () => {
    const { xml } = await redline(removedDocketEntry());
    const [paragraph, ...others] = trackedParagraphs(xml.document, "w:del");
    expect(others).toEqual([]);
    expect(findAll(paragraph!, "w:t")).toEqual([]);
    const deleted = findAll(paragraph!, "w:del").filter((mark) => findAll(mark, "w:delText").length > 0);
    expect(deleted.map((mark) => findAll(mark, "w:delText")[0]?.children.join("")).join("")).toMatch(
      /^On March 16, 2018, Plaintiff filed two ex parte motions/,
    );
    // "ex parte" and "Id." print in italics; the deleted runs keep them.
    const italic = deleted
      .filter((mark) => findAll(mark, "w:i").length > 0)
      .map((mark) => findAll(mark, "w:delText")[0]?.children.join(""));
    expect(italic).toEqual(expect.arrayContaining(["ex parte", "Id."]));
  });

  it("inserts an added list item as a paragraph of its own", async () => {
    const { xml } = await redline(addedQuestion());
    const [paragraph, ...others] = trackedParagraphs(xml.document, "w:ins");
    expect(others).toEqual([]);
    expect(normalize(findAll(paragraph!, "w:ins").map(wText).join(" "))).toBe(
      "3. Whether the plaintiff consented to the recording.",
    );
  });
});

describe.skipIf(!shouldRenderWithLibreOffice)("the Word redline in LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "redline-render-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("converts to PDF and shows the deleted and inserted words", async () => {
    const { bytes } = await redline(severalEdits());
    const file = path.join(dir, "redline.docx");
    writeFileSync(file, bytes);
    const check = await checkDocxRender(file);
    expect(check.problems).toEqual([]);
    expect(check.pages.length).toBeGreaterThan(0);
    const text = normalize(check.layoutText);
    expect(text).toContain("the clause is ambiguous");
    expect(text).toContain("On June 12, 2026, the Court granted in part");
  }, 60_000);
});
