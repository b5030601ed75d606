import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { mergeDraft } from "@/lib/motion/testing";
import { orderPlainText } from "@/lib/render/plain-text";
import { draftOrder } from "./draft-order";

const base = MotionDraftSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/circuits/202.json"), "utf8")),
);

const textOf = (draft: MotionDraft) => {
  const { doc, style } = draftOrder(draft);
  return [doc.title, orderPlainText(doc, style)].join(" ").replace(/\s+/g, " ").replace(/[‘’]/g, "'");
};

/** Objections to a magistrate judge's order under Rule 72(a) that ask for certification, decided either way. */
const objections = (decision: "grant" | "deny", title = "Objections to the Magistrate Judge's Order") =>
  mergeDraft(base, {
    motion: { filedAs: "objection", titleAsFiled: title },
    certification: { decision },
    stay: { requested: false },
    reconsideration: { requested: false },
  });

describe("objections, overruled or sustained", () => {
  it("overrules objections it does not sustain, in the plural the title shows", () => {
    const text = textOf(objections("deny"));
    expect(text).toMatch(/OVERRUL/);
    expect(text).toMatch(/Objections to the Magistrate Judge's Order[^.]* are (HEREBY )?OVERRULED/);
    expect(text).not.toMatch(/Objections to the Magistrate Judge's Order[^.]* is /);
    expect(text).not.toMatch(/\bDENIES\b[^.]*Objections|Objections[^.]* (is|are) (HEREBY )?DENIED/);
    expect(text).toMatch(/^ORDER OVERRULING/i);
  });

  it("sustains them", () => {
    const text = textOf(objections("grant"));
    expect(text).toMatch(/SUSTAIN/);
    expect(text).not.toMatch(/Objections[^.]* (is|are) (HEREBY )?GRANTED/);
  });

  it("agrees with one objection", () => {
    const text = textOf(objections("deny", "Objection to the Magistrate Judge's Order"));
    expect(text).toMatch(/Objection to the Magistrate Judge's Order[^.]* is (HEREBY )?OVERRULED/);
  });

  it("still denies a motion", () => {
    const motion = mergeDraft(base, { certification: { decision: "deny" }, stay: { requested: false } });
    expect(textOf(motion)).not.toMatch(/OVERRUL/);
  });
});
