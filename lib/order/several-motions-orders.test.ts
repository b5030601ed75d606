import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { orderPlainText } from "@/lib/render/plain-text";
import { draftOrder } from "./draft-order";

/** A grant on one motion by the plaintiff (ECF No. 43) to certify one order (ECF No. 40, April 2, 2026). */
const base = MotionDraftSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/circuits/202.json"), "utf8")),
);

const textOf = (draft: MotionDraft) => {
  const { doc, style } = draftOrder(draft);
  return orderPlainText(doc, style).replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
};

/** The base with a second plaintiff, who files a motion of its own (ECF No. 45). */
function withSecondMotion(decision: "grant" | "deny" | undefined, together?: boolean): MotionDraft {
  return {
    ...base,
    case: {
      ...base.case,
      parties: [...base.case.parties, { id: "p2", name: "Harbor Renters Alliance", side: "plaintiff" }],
    },
    furtherMotions: [{ id: "m2", movantPartyIds: ["p2"], docketNumber: "45", ...(decision ? { decision } : {}) }],
    ...(together === undefined ? {} : { motionsDecidedTogether: together }),
  };
}

/** The base asking to certify a second order too (ECF No. 42, April 9, 2026). */
function withSecondOrder(certificationDecision?: "grant" | "deny"): MotionDraft {
  return {
    ...base,
    furtherOrders: [
      {
        id: "o2",
        date: "2026-04-09",
        docketNumber: "42",
        decided: "denying reconsideration",
        ...(certificationDecision ? { certificationDecision } : {}),
      },
    ],
  };
}

describe("several motions decided in one order", () => {
  it("prints exactly what it printed before when the lists are empty", () => {
    expect(textOf({ ...base, furtherMotions: [], furtherOrders: [] })).toBe(textOf(base));
  });

  it("names the further motion in the introduction and gives it a decree paragraph of its own", () => {
    const text = textOf(withSecondMotion("grant"));
    expect(text).toContain(
      "Also before the Court is Plaintiff Harbor Renters Alliance's motion for the same relief. (ECF No. 45.)",
    );
    expect(text).toContain("the Court GRANTS the motions.");
    expect(text).toMatch(
      /Plaintiff Long Wharf Tenants Union's motion for certification under § 1292\(b\) \(ECF No\. 43\) is GRANTED\./,
    );
    expect(text).toMatch(
      /Plaintiff Harbor Renters Alliance's motion for certification under § 1292\(b\) \(ECF No\. 45\) is GRANTED\./,
    );
    expect(text).not.toContain("motions for certification");
  });

  it("disposes of the motions in one sentence when the court decides them together", () => {
    const text = textOf(withSecondMotion("grant", true));
    expect(text).toContain("The motions for certification under § 1292(b) (ECF Nos. 43, 45) are GRANTED.");
    expect(text).not.toMatch(/Harbor Renters Alliance's motion for certification/);
  });

  it("denies them together in one sentence, and apart one sentence each", () => {
    const denied: MotionDraft = { ...base, certification: { ...base.certification, decision: "deny" }, stay: {} };
    const together = textOf({ ...withSecondMotion("deny", true), certification: denied.certification, stay: {} });
    expect(together).toContain("The motions for certification under § 1292(b) (ECF Nos. 43, 45) are DENIED.");
    const apart = textOf({ ...withSecondMotion("deny"), certification: denied.certification, stay: {} });
    expect(apart).toMatch(
      /Harbor Renters Alliance's motion for certification under § 1292\(b\) \(ECF No\. 45\) is DENIED\./,
    );
    expect(apart).toContain("the Court DENIES the motions.");
  });

  it("rules on each motion in the introduction when they are decided differently, and never jointly", () => {
    const text = textOf(withSecondMotion("deny", true));
    expect(text).toContain(
      "the Court GRANTS Plaintiff Long Wharf Tenants Union's motion and DENIES Plaintiff Harbor Renters Alliance's motion.",
    );
    expect(text).not.toContain("The motions for certification");
    const titled = { ...withSecondMotion("deny"), styleOverrides: { titleRuling: "verb" as const } };
    expect(draftOrder(titled).doc.title).toMatch(
      /Stay Proceedings and Denying Plaintiff Harbor Renters Alliance’s Motion/,
    );
  });

  it("prints no disposition the court has not made for a further motion", () => {
    const text = textOf(withSecondMotion(undefined));
    expect(text).not.toMatch(/ECF No\. 45\) is (GRANTED|DENIED)/);
    expect(text).not.toContain("the motions.");
  });

  it("names the motions in the title, once when they share a title", () => {
    const draft = withSecondMotion("grant");
    const titled = { ...draft, styleOverrides: { ...draft.styleOverrides, titleRuling: "verb" as const } };
    const shared = {
      ...titled,
      furtherMotions: [{ ...draft.furtherMotions![0]!, titleAsFiled: base.motion.titleAsFiled! }],
    };
    expect(draftOrder(shared).doc.title).toBe(
      "Order Granting Plaintiffs’ Motions for Certification of Interlocutory Appeal and to Stay Proceedings",
    );
  });
});

describe("several orders under review", () => {
  it("certifies every order in the statement and the decree, each with its citation", () => {
    const text = textOf(withSecondOrder());
    expect(text).toContain(
      "to certify the Court's April 2, 2026 Order (ECF No. 40) and its April 9, 2026 Order (ECF No. 42)",
    );
    expect(text).toContain(
      "The Court is of the opinion that its April 2, 2026 Order (ECF No. 40) and its April 9, 2026 Order (ECF No. 42) involve a controlling question of law",
    );
    expect(text).toContain(
      "an immediate appeal from the April 2, 2026 Order and the April 9, 2026 Order may materially advance",
    );
    expect(text).toContain(
      "The Court's April 2, 2026 Order (ECF No. 40) and its April 9, 2026 Order (ECF No. 42) are CERTIFIED",
    );
  });

  it("certifies only the orders the court decided to certify, and says which it declines", () => {
    const text = textOf(withSecondOrder("deny"));
    expect(text).toContain("The Court's April 2, 2026 Order (ECF No. 40) is CERTIFIED");
    expect(text).toContain("The Court declines to certify its April 9, 2026 Order (ECF No. 42).");
    expect(text).not.toContain("April 9, 2026 Order (ECF No. 42) are CERTIFIED");
  });

  it("names the orders together on a denial", () => {
    const text = textOf({ ...withSecondOrder(), certification: { ...base.certification, decision: "deny" }, stay: {} });
    expect(text).not.toContain("CERTIFIED");
    expect(text).toMatch(/April 2, 2026 Order and the April 9, 2026 Order/);
  });
});
