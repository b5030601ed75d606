import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { checkCitations } from "@/lib/cite-check/check-citations";
import { CITATION_CHECK_AUTHOR } from "@/lib/cite-check/comment-author";
import { orderFlagComments } from "@/lib/cite-check/order-flag-comments";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { mergeDraft } from "@/lib/motion/testing";
import { OrderHtml } from "@/lib/render/html/order-html";
import { orderPlainText } from "@/lib/render/plain-text";
import { readiness } from "@/lib/standards/readiness";
import { TYPED_CITATION_NOTE } from "./cite-flag-notes";
import { draftOrder } from "./draft-order";

const base = MotionDraftSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/circuits/202.json"), "utf8")),
);
// An invented case name, as a clerk might type one the library does not hold: the point is that it is flagged.
const CITATION = "*Doe v. Roe*, 123 F. Supp. 3d 456, 459 (N.D. Ill. 2015)";
const draft = mergeDraft(base, {
  addedStandardSentences: [
    { id: "s1", text: "a district court may certify an order on its own motion", citation: `${CITATION}.` },
  ],
});
const NOW = new Date("2026-11-23T12:00:00Z");

describe("a sentence the clerk adds to the legal standard", () => {
  const { doc, style } = draftOrder(draft);
  const text = orderPlainText(doc, style).replace(/\s+/g, " ");

  it("prints as typed, with its citation, in the legal standard", () => {
    expect(text).toContain(
      "A district court may certify an order on its own motion. Doe v. Roe, 123 F. Supp. 3d 456, 459 (N.D. Ill. 2015).",
    );
    const standard = doc.body.filter((block) => block.section === "legal-standard");
    expect(JSON.stringify(standard)).toContain("Doe v. Roe");
  });

  it("is one Word comment by the Citation check on the clerk's copy", () => {
    const flagged = orderFlagComments(doc, NOW).filter((comment) => comment.body === TYPED_CITATION_NOTE);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({
      author: CITATION_CHECK_AUTHOR,
      anchor: { section: "legal-standard", quote: "Doe v. Roe, 123 F. Supp. 3d 456, 459 (N.D. Ill. 2015)" },
    });
  });

  it("is marked in the preview with its note", () => {
    const html = renderToStaticMarkup(<OrderHtml doc={doc} style={style} />);
    expect(html).toMatch(/data-flags="typed-citation" title="Not verified: this citation was typed by the clerk/);
  });

  it("is seen by the cite-check as an authority the library lacks", () => {
    const { findings } = checkCitations(text);
    expect(findings.some((finding) => finding.kind === "not-verified" && finding.citation.includes("Doe v. Roe"))).toBe(
      true,
    );
  });

  it("needs both its words and its citation before the order is ready", () => {
    const half = mergeDraft(base, { addedStandardSentences: [{ id: "s1", text: "A sentence.", citation: " " }] });
    expect(readiness(half).map((item) => item.field)).toContain("addedStandardSentences.0.citation");
    expect(orderPlainText(draftOrder(half).doc, style)).not.toContain("A sentence.");
  });
});
