import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { renderDocxWithComments } from "@/lib/review";
import { CITATION_CHECK_AUTHOR } from "./comment-author";
import { openCitationFlags, orderFlagComments } from "./order-flag-comments";

const DATE = new Date("2026-11-23T12:00:00Z");
const seed = (n: string) =>
  draftOrder(
    MotionDraftSchema.parse(
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../fixtures/seeds/${n}.json`), "utf8")),
    ),
  );

describe("the order's citation flags as Word comments by the Citation check", () => {
  const { doc, style } = seed("001");
  const comments = orderFlagComments(doc, DATE);

  it("puts one comment on each flagged citation, in the flags' words", () => {
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) expect(comment.author).toBe(CITATION_CHECK_AUTHOR);
    const moore = comments.find((c) => c.anchor.quote?.startsWith("Moore v. Brewster"));
    expect(moore?.body).toMatch(/Pin not verified: Moore v\. Brewster at 1243/);
    expect(moore?.body).toMatch(/Subsequent history: Moore v\. Brewster, superseded by statute on other grounds/);
    const james = comments.find((c) => c.anchor.quote?.startsWith("James"));
    expect(james?.body).toMatch(/1067 n\.6.*1068 n\.6/);
  });

  it("writes them into the Word file as comments, without changing the order's text", async () => {
    const bytes = await renderDocxWithComments(doc, style, comments);
    const commentsXml = strFromU8(unzipSync(bytes)["word/comments.xml"]!);
    expect(commentsXml).toContain(`w:author="${CITATION_CHECK_AUTHOR}"`);
    expect(commentsXml).toContain("Pin not verified");
    const text = async (b: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(b) })).value;
    expect(await text(bytes)).toBe(await text(await renderDocx(doc, style)));
  });

  it("lists each flagged citation once for the approve dialog", () => {
    const flags = openCitationFlags(doc);
    const moore = flags.filter((flag) => flag.citation.startsWith("Moore"));
    expect(moore).toHaveLength(1);
    expect(moore[0]?.notes.some((note) => note.startsWith("Subsequent history"))).toBe(true);
    expect(new Set(flags.map((f) => `${f.citation}|${f.notes.join("|")}`)).size).toBe(flags.length);
  });

  it("has nothing to say about an order whose citations are all verified", () => {
    const verifiedOnly = {
      ...doc,
      body: doc.body.map((block) =>
        block.kind === "list"
          ? block
          : {
              ...block,
              content: block.content.map((inline) =>
                inline.kind === "cite" ? { ...inline, flags: [], flagNotes: [] } : inline,
              ),
            },
      ),
      footnotes: {},
    };
    expect(orderFlagComments(verifiedOnly, DATE)).toEqual([]);
  });
});
