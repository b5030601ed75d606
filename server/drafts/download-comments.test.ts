import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CITATION_CHECK_AUTHOR } from "@/lib/cite-check/comment-author";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { mergeDraft } from "@/lib/motion/testing";
import { TYPED_CITATION_NOTE } from "@/lib/order/cite-flag-notes";
import { draftOrder } from "@/lib/order/draft-order";
import type { ReviewComment } from "@/lib/review";
import { downloadComments } from "./download-comments";

const NOW = new Date("2026-11-23T12:00:00Z");
const { doc } = draftOrder(
  MotionDraftSchema.parse(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/seeds/001.json"), "utf8")),
  ),
);
const judge: ReviewComment = {
  id: "c1",
  anchor: { section: "discussion" },
  body: "Cite the Ninth Circuit here.",
  author: "Ana Reyes",
  date: NOW,
};
const authors = (comments: ReviewComment[]) => [...new Set(comments.map((c) => c.author))].sort();

describe("the Word download's comments", () => {
  it("carries the citation flags while the draft is worked on or reviewed", () => {
    for (const status of ["drafting", "in-review", "returned"] as const)
      expect(authors(downloadComments({ status, currentRevision: 3 }, 3, doc, [judge], NOW))).toEqual([
        "Ana Reyes",
        CITATION_CHECK_AUTHOR,
      ]);
  });

  it("carries none on the approved revision, and keeps them on an older one", () => {
    expect(downloadComments({ status: "approved", currentRevision: 3 }, 3, doc, [judge], NOW)).toEqual([judge]);
    expect(authors(downloadComments({ status: "approved", currentRevision: 3 }, 2, doc, [], NOW))).toEqual([
      CITATION_CHECK_AUTHOR,
    ]);
  });

  it("flags a citation the clerk typed into the legal standard on the clerk's copy, never on the approved revision", () => {
    const seed = MotionDraftSchema.parse(
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/seeds/001.json"), "utf8")),
    );
    const typed = draftOrder(
      mergeDraft(seed, {
        addedStandardSentences: [
          { id: "s1", text: "A typed sentence", citation: "Doe v. Roe, 1 F.4th 1 (9th Cir. 2021)" },
        ],
      }),
    ).doc;
    const bodies = (status: "drafting" | "approved") =>
      downloadComments({ status, currentRevision: 3 }, 3, typed, [], NOW).map((comment) => comment.body);
    expect(bodies("drafting")).toContain(TYPED_CITATION_NOTE);
    expect(bodies("approved")).toEqual([]);
  });
});
