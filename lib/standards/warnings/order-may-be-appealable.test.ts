import { describe, expect, it } from "vitest";
import { formatCitation, getAuthority, plainText } from "@/lib/authorities";
import { OrderEffectSchema, type MotionDraft } from "@/lib/motion/schema";
import { makeDraft } from "@/lib/motion/testing";
import { evaluate } from "../evaluate";
import { warningText } from "./warning-text";

type Effect = NonNullable<MotionDraft["orderUnderReview"]["effect"]>;

/** The provision that may make an order appealable as of right, by what the order did; undefined: § 1292(b) is the way. */
const EXPECTED: Record<Effect, string | undefined> = {
  "granted-injunction": "28 U.S.C. § 1292(a)(1)",
  "refused-injunction": "28 U.S.C. § 1292(a)(1)",
  "modified-injunction": "28 U.S.C. § 1292(a)(1)",
  "refused-to-compel-arbitration": "9 U.S.C. § 16(a)(1)",
  "refused-arbitration-stay": "9 U.S.C. § 16(a)(1)",
  // 9 U.S.C. § 16(b): no appeal from an order compelling arbitration or granting a § 3 stay, except under § 1292(b).
  "compelled-arbitration": undefined,
  "admiralty-decree": "28 U.S.C. § 1292(a)(3)",
  "collateral-order": "Mitchell v. Forsyth, 472 U.S. 511, 530",
  "final-judgment": "28 U.S.C. § 1291",
  none: undefined,
};

const warningFor = (effect: Effect) =>
  evaluate(makeDraft({ orderUnderReview: { effect } })).warnings.find((w) => w.code === "order-may-be-appealable");

describe("an order that may be appealable as of right (§ 1292(b) reaches one 'not otherwise appealable')", () => {
  it("has a row for every answer", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...OrderEffectSchema.options].sort());
  });

  it.each(Object.entries(EXPECTED) as [Effect, string | undefined][])("%s → %s", (effect, provision) => {
    const warning = warningFor(effect);
    if (provision === undefined) {
      expect(warning).toBeUndefined();
      return;
    }
    expect(warning).toMatchObject({ code: "order-may-be-appealable", step: "order", effect, severity: "warning" });
    if (warning?.code !== "order-may-be-appealable") throw new Error("no warning");
    const cited = plainText(
      formatCitation(getAuthority(warning.authorityId), undefined, "full", { capitalize: true }),
    ).replace(/\u00a0/g, " ");
    expect(provision.startsWith(cited.split(",")[0]!)).toBe(true);
    const text = warningText(warning, makeDraft()).replace(/\u00a0/g, " ");
    expect(text).toContain("may be appealable");
    expect(text).toContain(provision.split(",")[0]!);
  });

  it("treats a final judgment marked on the order step the same way", () => {
    expect(
      evaluate(makeDraft({ orderUnderReview: { isFinalJudgment: true } })).warnings.find(
        (w) => w.code === "order-may-be-appealable",
      ),
    ).toMatchObject({ effect: "final-judgment", authorityId: "28-usc-1291" });
  });
});
