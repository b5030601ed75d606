import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inline, OrderDoc } from "@/lib/order-doc/types";
import { blockPlainText, inlinePlainText } from "@/lib/render/block-plain-text";
import { renderDocx } from "@/lib/render/docx";
import { headingLabels } from "@/lib/render/heading-labels";
import { findAll, parseXml, wText } from "@/lib/render/testing/xml-tree";
import type { StyleProfile } from "@/lib/style/style-profile";
import { checkDocxRender } from "@/scripts/check-docx-render";
import { anchorBlockIndex } from "./anchor-comments";
import { renderDocxWithComments } from "./render-docx-with-comments";
import { ReviewCommentSchema, type ReviewComment } from "./review-comment";
import { shouldRenderWithLibreOffice } from "@/lib/render/testing/can-render";
import { commentRanges } from "./testing/comment-ranges";
import { drafted, fixtureDraft } from "./testing/order-versions";

const DATE = new Date("2026-11-23T09:15:00Z");
const normalize = (text: string) => text.replace(/[\u00a0\s]+/g, " ").trim();
const comment = (
  id: string,
  anchor: ReviewComment["anchor"],
  body: string,
  extra: Partial<ReviewComment> = {},
): ReviewComment =>
  ReviewCommentSchema.parse({ id, anchor, body, author: "Hon. Michael M. Anello", date: DATE, ...extra });

/** A quote that starts in plain text and ends inside a citation's italic case name. */
function quoteAcrossCite(doc: OrderDoc): { blockIndex: number; quote: string } {
  const isCase = (inline: Inline) =>
    inline.kind === "cite" &&
    inline.printed?.[0]?.kind === "text" &&
    inline.printed[0].marks?.includes("italic") === true;
  const blockIndex = doc.body.findIndex((block) => block.kind === "paragraph" && block.content.some(isCase));
  const block = doc.body[blockIndex];
  if (!block || block.kind !== "paragraph") throw new Error("no paragraph citing a case");
  const at = block.content.findIndex(isCase);
  const before = inlinePlainText(block.content.slice(0, at));
  const cite = inlinePlainText([block.content[at] as Inline]);
  return { blockIndex, quote: before.slice(-12) + cite.slice(0, 10) };
}

function parts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return {
    document: part("word/document.xml"),
    comments: part("word/comments.xml"),
    footnotes: part("word/footnotes.xml"),
    names: Object.keys(files),
  };
}

/** The printed text of body block `i` (heading number included), as the range around it should read. */
const printedBlock = (doc: OrderDoc, style: StyleProfile, i: number) =>
  blockPlainText(doc.body[i]!, headingLabels(doc.body, style.headingStyle)[i], style);

describe.each(["seeds/002", "grants/101"])("Word comments on %s", (fixture) => {
  const { doc, style } = drafted(fixtureDraft(fixture));
  const firstOf = (section: string) => doc.body.findIndex((block) => block.section === section);
  const cited = quoteAcrossCite(doc);
  const paragraphIndex = doc.body.findIndex((block, i) => i > 1 && block.kind === "paragraph");
  const comments: ReviewComment[] = [
    comment(
      "whole",
      { section: doc.body[paragraphIndex]!.section, blockIndex: paragraphIndex },
      "Check the dates in this paragraph.",
    ),
    comment("section", { section: "conclusion" }, "Is the conclusion complete?", {
      author: "Law Clerk",
      initials: "LC",
    }),
    comment(
      "quote",
      { section: doc.body[cited.blockIndex]!.section, blockIndex: cited.blockIndex, quote: cited.quote },
      "Pin cite?\nSecond thought.",
    ),
    comment(
      "missing-quote",
      { section: doc.body[paragraphIndex]!.section, blockIndex: paragraphIndex, quote: "words that are not there" },
      "Quote gone.",
    ),
    comment("stale", { section: "introduction", blockIndex: 999 }, "Block moved."),
    comment("resolved", { section: "introduction" }, "Done already.", { resolved: true }),
  ];
  /** Word comment ids follow the shown comments' order. */
  const shown = comments.filter((c) => !c.resolved);
  let xml: ReturnType<typeof parts>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderDocxWithComments(doc, style, comments);
    xml = parts(bytes);
  });

  it("writes each open comment's text, author and initials to comments.xml", () => {
    const written = findAll(parseXml(xml.comments), "w:comment");
    expect(written.map((c) => c.attrs["w:id"])).toEqual(shown.map((_, i) => String(i)));
    shown.forEach((c, i) => {
      const element = written[i]!;
      expect(element.attrs["w:author"]).toBe(c.author);
      expect(element.attrs["w:initials"]).toBe(c.initials ?? "HMMA");
      expect(element.attrs["w:date"]).toBe("2026-11-23T09:15:00.000Z");
      expect(findAll(element, "w:p").map(wText)).toEqual(c.body.split("\n"));
    });
    expect(xml.comments).not.toContain("Done already.");
  });

  it("gives every comment one range start, one range end and one reference, in that order", () => {
    const ranges = commentRanges(xml.document);
    expect([...ranges.keys()].sort()).toEqual(shown.map((_, i) => String(i)).sort());
    for (const range of ranges.values()) expect(range.marks).toEqual(["start", "end", "reference"]);
  });

  it("encloses the anchored paragraph, or just the quoted passage", () => {
    const ranges = commentRanges(xml.document);
    const text = (id: number) => normalize(ranges.get(String(id))?.text ?? "");
    expect(text(0)).toBe(normalize(printedBlock(doc, style, paragraphIndex)));
    expect(text(1)).toBe(normalize(printedBlock(doc, style, firstOf("conclusion"))));
    expect(text(2)).toBe(normalize(cited.quote));
    expect(text(3)).toBe(normalize(printedBlock(doc, style, paragraphIndex)));
    expect(text(4)).toBe(normalize(printedBlock(doc, style, firstOf("introduction"))));
  });

  it("keeps the quoted citation's italics inside the range", () => {
    const quoted = findAll(parseXml(xml.document), "w:p").find((p) =>
      findAll(p, "w:commentRangeStart").some((m) => m.attrs["w:id"] === "2"),
    );
    const italic = findAll(quoted!, "w:r")
      .filter((r) => findAll(r, "w:i").length > 0)
      .map(wText)
      .join("");
    expect(italic).toContain(cited.quote.slice(-10));
  });

  it("prints the same words as the order without comments, and opens in mammoth", async () => {
    const plain = await renderDocx(doc, style);
    const [withComments, without] = await Promise.all([
      mammoth.extractRawText({ buffer: Buffer.from(bytes) }),
      mammoth.extractRawText({ buffer: Buffer.from(plain) }),
    ]);
    expect(withComments.messages.filter((m) => m.type === "error")).toEqual([]);
    expect(withComments.value).toBe(without.value);
    expect(xml.footnotes).toBe(parts(plain).footnotes);
  });

  it("with no open comments is exactly renderDocx's document", async () => {
    const plain = parts(await renderDocx(doc, style));
    for (const list of [[], comments.filter((c) => c.resolved)]) {
      const none = parts(await renderDocxWithComments(doc, style, list));
      expect(none.document).toBe(plain.document);
      expect(none.footnotes).toBe(plain.footnotes);
      expect(none.names).not.toContain("word/comments.xml");
    }
  });
});

describe("anchorBlockIndex", () => {
  const { doc } = drafted(fixtureDraft("seeds/002"));
  const reconsideration = doc.body.findIndex((block) => block.section === "reconsideration");

  it.each([
    [
      "the block, when it is still in its section",
      { section: "reconsideration", blockIndex: reconsideration + 1 },
      reconsideration + 1,
    ],
    [
      "the section's first block, when the index points elsewhere",
      { section: "reconsideration", blockIndex: 0 },
      reconsideration,
    ],
    ["the section's first block, for a section alone", { section: "reconsideration" }, reconsideration],
    ["the first block, for a section the order lacks", { section: "amendment" }, 0],
  ] as const)("%s", (_name, anchor, expected) => {
    expect(anchorBlockIndex(doc, anchor)).toBe(expected);
  });
});

describe("ReviewCommentSchema", () => {
  const valid = {
    id: "c1",
    anchor: { section: "discussion", blockIndex: 3, quote: "controlling" },
    body: "Fine.",
    author: "Judge",
    date: DATE,
  };

  it("accepts a comment as the review page stores it", () => expect(ReviewCommentSchema.parse(valid)).toEqual(valid));

  it.each([
    ["an unknown section", { ...valid, anchor: { section: "preamble" } }],
    ["a negative block index", { ...valid, anchor: { section: "discussion", blockIndex: -1 } }],
    ["an empty body", { ...valid, body: "  " }],
    ["a date as text", { ...valid, date: "2026-11-23" }],
    ["an unknown field", { ...valid, color: "red" }],
  ])("rejects %s", (_name, input) => expect(ReviewCommentSchema.safeParse(input).success).toBe(false));
});

describe.skipIf(!shouldRenderWithLibreOffice)("Word comments in LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "comments-render-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the commented order converts to PDF", async () => {
    const { doc, style } = drafted(fixtureDraft("seeds/002"));
    const file = path.join(dir, "comments.docx");
    writeFileSync(file, await renderDocxWithComments(doc, style, [comment("c", { section: "discussion" }, "A note.")]));
    const check = await checkDocxRender(file);
    expect(check.problems).toEqual([]);
    expect(check.pleading).toBe(true);
  }, 60_000);
});
