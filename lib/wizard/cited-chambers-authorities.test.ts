import { describe, expect, it } from "vitest";
import { plainText } from "@/lib/authorities";
import { findAuthority } from "@/lib/authorities/registry";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import type { Inline } from "@/lib/order-doc/types";
import { orderPlainText } from "@/lib/render/plain-text";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChambersAuthorityRecord } from "@/lib/chambers-library/schema";
import { EXAMPLE_RECORD } from "@/lib/chambers-library/testing";
import { withCitedSnapshots } from "./cited-chambers-authorities";

const record = EXAMPLE_RECORD;
const seed002 = () =>
  MotionDraftSchema.parse(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/seeds/002.json"), "utf8")),
  );

describe("a draft citing a chambers authority", () => {
  it("keeps a snapshot of the chambers authorities its markers cite, and only those", () => {
    const draft = seed002();
    const citing = {
      ...draft,
      certification: {
        ...draft.certification,
        controllingQuestion: {
          ...draft.certification.controllingQuestion,
          reasoning: `It is narrow. [[cite ${record.id}#p1]]`,
        },
      },
    };
    const other: ChambersAuthorityRecord = { ...record, id: "chambers-other-case-def456" };
    expect(withCitedSnapshots(citing, [record, other]).chambersAuthorities).toEqual([record]);
    expect(withCitedSnapshots(draft, [record]).chambersAuthorities).toBeUndefined();
    // An authority since removed from the library stays in the draft's snapshot.
    expect(withCitedSnapshots(withCitedSnapshots(citing, [record]), []).chambersAuthorities).toEqual([record]);
  });

  it("prints the chambers authority's citation in the order, flagged with who verified it", () => {
    const draft = seed002();
    const citing = withCitedSnapshots(
      {
        ...draft,
        certification: {
          ...draft.certification,
          controllingQuestion: {
            ...draft.certification.controllingQuestion,
            reasoning: `It is narrow. [[cite ${record.id}#p1]]. Again. [[cite ${record.id}#p1]].`,
          },
        },
      },
      [record],
    );
    const { doc, style } = draftOrder(MotionDraftSchema.parse(citing));
    const text = orderPlainText(doc, style);
    expect(text).toContain("It is narrow. Doe v. Roe Holdings, Inc., 12 F.4th 100, 105 (9th Cir. 2021). Again. Id.");
    const cites = doc.body
      .flatMap((block) => (block.kind === "list" ? block.items.flat() : block.content))
      .filter(
        (inline): inline is Extract<Inline, { kind: "cite" }> =>
          inline.kind === "cite" && inline.token.authorityId === record.id,
      );
    expect(cites[0]?.flags).toContainEqual({
      code: "chambers-verified",
      authorityId: record.id,
      verifiedBy: "Jane Clerk",
      verifiedOn: "2026-12-01",
      source: "https://example.org/doe-v-roe",
    });
    expect(plainText(cites[0]?.printed ?? [])).toBe("Doe v. Roe Holdings, Inc., 12 F.4th 100, 105 (9th Cir. 2021)");
    // Outside the draft's pipeline, the built-in library does not know it.
    expect(findAuthority(record.id)).toBeUndefined();
  });

  it("leaves an empty draft as it was", () => {
    expect(withCitedSnapshots(emptyDraft(), [record])).toEqual(emptyDraft());
  });
});
