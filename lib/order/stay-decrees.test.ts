import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema, StaySchema, type MotionDraft } from "@/lib/motion/schema";
import { mergeDraft } from "@/lib/motion/testing";
import { orderPlainText } from "@/lib/render/plain-text";
import { draftOrder } from "./draft-order";

type StayKind = NonNullable<MotionDraft["stay"]["kind"]>;
type StayDecision = NonNullable<MotionDraft["stay"]["decision"]>;

/**
 * What each kind of stay must print, whatever else the order decides. One row per kind of stay
 * the schema knows (a Record, so a new kind fails to compile until it has its row):
 * - `request`: the words naming the request in the court's grant or denial;
 * - `stayed`: the decree that says what is stayed when the stay is granted;
 * - `contradicts`: words that must never appear once this stay is granted.
 * `{order}` stands for the order under review as the order names it ("April 2, 2026 Order").
 */
const STAY_KINDS: Record<StayKind, { request: string; stayed: string; contradicts: string[] }> = {
  proceedings: {
    request: "request to stay the case",
    stayed: "Proceedings in this Court are STAYED",
    contradicts: ["This Order does not stay proceedings", "request to stay the {order}"],
  },
  "order-pending-appeal": {
    request: "request to stay the {order} pending appeal",
    stayed: "The Court's {order} (ECF No. 40) is STAYED pending",
    contradicts: ["This Order does not stay proceedings", "request to stay the case"],
  },
};

const DECISIONS: StayDecision[] = ["grant", "deny", "deny-as-moot"];
const CERTIFICATION = ["grant", "deny"] as const;
/** The answer on the ruling step; undefined when the clerk has not said. */
const STAY_ON_GRANT = [undefined, true, false] as const;

const base = MotionDraftSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/circuits/202.json"), "utf8")),
);
const ORDER_REF = "April 2, 2026 Order";

const textOf = (draft: MotionDraft) => {
  const { doc, style } = draftOrder(draft);
  return orderPlainText(doc, style).replace(/\s+/g, " ");
};
const filled = (words: string) => words.replace("{order}", ORDER_REF);

const rows = (Object.keys(STAY_KINDS) as StayKind[]).flatMap((kind) =>
  DECISIONS.flatMap((decision) =>
    CERTIFICATION.flatMap((certification) =>
      STAY_ON_GRANT.map((stayOnGrant) => ({ kind, decision, certification, stayOnGrant })),
    ),
  ),
);

describe("a stay's grant, denial and decree agree with themselves", () => {
  it("covers every kind of stay in the schema", () => {
    expect(Object.keys(STAY_KINDS).sort()).toEqual([...StaySchema.shape.kind.unwrap().options].sort());
  });

  it.each(rows)(
    "$kind stay, $decision, certification $certification, stay on grant $stayOnGrant",
    ({ kind, decision, certification, stayOnGrant }) => {
      const draft = mergeDraft(base, {
        stay: { requested: true, kind, decision, placement: "section", requestCite: "43 at 12" },
        certification: { decision: certification, stayProceedingsOnGrant: stayOnGrant },
      });
      const text = textOf(draft);
      const words = STAY_KINDS[kind];
      expect(text).toContain(filled(words.request));
      if (decision === "grant") {
        expect(text).toContain(filled(words.stayed));
        for (const contradiction of words.contradicts) expect(text).not.toContain(filled(contradiction));
      } else {
        expect(text).not.toMatch(new RegExp(`${filled(words.request)}[^.]*is GRANTED`));
        if (kind === "order-pending-appeal") expect(text).not.toContain(filled(words.stayed));
      }
      // Whatever the stay, the order never says both that proceedings are stayed and that they are not.
      const saysStayed = text.includes("Proceedings in this Court are STAYED");
      const saysNotStayed = /(^|\. )This Order does not stay proceedings/.test(text);
      expect(saysStayed && saysNotStayed).toBe(false);
    },
  );
});
