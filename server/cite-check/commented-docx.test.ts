import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { commentRanges } from "@/lib/review/testing/comment-ranges";
import { checkCitations } from "@/lib/cite-check/check-citations";
import { CITATION_CHECK_AUTHOR, commentedDocx } from "./commented-docx";

const seed = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/cite-check/seeds/001.txt"), "utf8");

describe("commentedDocx", () => {
  it("puts each finding on its citation as a Word comment by the Citation check", async () => {
    const { findings } = checkCitations(seed);
    const parts = unzipSync(await commentedDocx(seed, findings, new Date("2026-12-05T12:00:00Z")));
    const comments = strFromU8(parts["word/comments.xml"]!);
    const document = strFromU8(parts["word/document.xml"]!);
    expect(comments.match(/<w:comment /g)).toHaveLength(findings.length);
    expect(comments).toContain(`w:author="${CITATION_CHECK_AUTHOR}"`);
    expect(comments).toContain("Fix: &quot;446 U.S.&quot; → &quot;466 U.S.&quot;");
    const ranges = [...commentRanges(document).values()];
    expect(ranges).toHaveLength(findings.length);
    const pulliam = findings.findIndex((f) => f.kind === "volume");
    expect(commentRanges(document).get(String(pulliam))?.text).toMatch(/^Pulliam v\. Allen, 446 U\.S\. 552/);
    // The text, not an order: no caption (its "v." line) around it.
    expect(document).not.toMatch(/<w:t[^>]*>v\.<\/w:t>/);
  });

  it("writes a file with no comments when there is nothing to say", async () => {
    const parts = unzipSync(await commentedDocx("No citations here.", [], new Date("2026-12-05T12:00:00Z")));
    expect(strFromU8(parts["word/document.xml"]!)).toContain("No citations here.");
  });
});
