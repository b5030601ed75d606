import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { mergeDraft } from "@/lib/motion/testing";
import { orderPlainText } from "@/lib/render/plain-text";
import { evaluate } from "@/lib/standards/evaluate";
import { draftOrder } from "./draft-order";

const base = MotionDraftSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/circuits/202.json"), "utf8")),
);

const textOf = (draft: MotionDraft) => {
  const { doc, style } = draftOrder(draft);
  return orderPlainText(doc, style).replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
};
const count = (text: string, words: string) => text.split(words).length - 1;

/** A denial of certification with two further rulings (one with its reasons in a footnote) and three directions. */
const denialWithTwoRulings = (decree: NonNullable<MotionDraft["styleOverrides"]>["decree"]) =>
  mergeDraft(base, {
    certification: { decision: "deny" },
    stay: { requested: false },
    otherRulings: [
      {
        id: "r1",
        kind: "leave-to-amend",
        titleAsFiled: "Plaintiff's Motion for Leave to File a Second Amended Complaint",
        docketNumber: "51",
        movantPartyIds: ["p1"],
        disposition: "granted",
        reasons: "Leave to amend is freely given when justice so requires, and Defendant shows no prejudice.",
      },
      {
        id: "r2",
        kind: "rule-54b-judgment",
        docketNumber: "52",
        movantPartyIds: ["p1"],
        disposition: "denied",
        reasons: "There is just reason for delay: the dismissed claims overlap with those that remain.",
        reasonsInFootnote: true,
      },
    ],
    directions: [
      { id: "x1", kind: "close-motions", docketNumbers: ["43", "51", "52"] },
      { id: "x2", kind: "deadline", text: "The parties shall file a joint status report.", dueDate: "2026-06-01" },
      { id: "x3", kind: "caution", text: "counsel are cautioned to observe the page limits." },
    ],
    ...(decree ? { styleOverrides: { decree } } : {}),
  });

const DECREES = [
  { form: "by-opening", numbered: true },
  { form: "by-opening", numbered: false },
  { form: "it-is-ordered", numbered: false },
  { form: "court-verb", numbered: true },
  { form: "accordingly", numbered: false },
  { form: "it-is-therefore-ordered", numbered: true },
] as const;

describe("further rulings in the same order", () => {
  it.each(DECREES)("decree $form, numbered $numbered: each ruling and direction is decreed once", (decree) => {
    const text = textOf(denialWithTwoRulings(decree));
    const decreeText = text.slice(text.lastIndexOf("IT IS") - 400);
    expect(count(text, "Motion for Leave to File a Second Amended Complaint (ECF No. 51) is GRANTED.")).toBe(1);
    expect(count(text, "motion for entry of final judgment under Rule 54(b) (ECF No. 52) is DENIED.")).toBe(1);
    expect(count(text, "Clerk of Court shall terminate the motions (ECF Nos. 43, 51, 52).")).toBe(1);
    expect(count(text, "he parties shall file a joint status report on or before June 1, 2026.")).toBe(1);
    expect(count(text, "Counsel are cautioned to observe the page limits.")).toBe(1);
    // The motion itself is denied, and said denied; the further grant never makes the motion "granted".
    expect(text).not.toMatch(/Court GRANTS Plaintiff's motion|motion for certification[^.]*is GRANTED/);
    expect(decreeText).toMatch(/DENIED/);
    // The reasons print once: one in the text, one as a footnote.
    expect(count(text, "Leave to amend is freely given")).toBe(1);
    expect(count(text, "There is just reason for delay")).toBe(1);
  });

  it("numbers the further decrees on from the certification's", () => {
    const draft = mergeDraft(denialWithTwoRulings({ form: "by-opening", numbered: true }), {
      certification: { decision: "grant" },
    });
    const { doc } = draftOrder(draft);
    const list = doc.body.filter((block) => block.kind === "list" && block.section === "conclusion");
    expect(list).toHaveLength(1);
    const items = list[0]!.kind === "list" ? list[0]!.items.length : 0;
    // Granted, proceedings not stayed, petition window, two rulings, three directions.
    expect(items).toBe(8);
  });

  it("hangs footnoted reasons from the sentence announcing the ruling on the motion", () => {
    const { doc } = draftOrder(denialWithTwoRulings(undefined));
    const intro = doc.body.filter((block) => block.section === "introduction");
    expect(JSON.stringify(intro)).toContain("footnoteRef");
    expect(
      Object.values(doc.footnotes)
        .flat()
        .map((block) => JSON.stringify(block)),
    ).toEqual(expect.arrayContaining([expect.stringContaining("There is just reason for delay")]));
  });

  it.each(["this-matter", "presently-before", "pending-before"] as const)(
    "hangs the footnote in a %s opening too",
    (introOpening) => {
      const draft = mergeDraft(denialWithTwoRulings(undefined), { styleOverrides: { introOpening } });
      const { doc } = draftOrder(draft);
      const intro = doc.body.filter((block) => block.section === "introduction");
      expect(JSON.stringify(intro).split("footnoteRef")).toHaveLength(2);
    },
  );

  it("prints what it printed before for a draft without further rulings", () => {
    const withEmpty = mergeDraft(base, { otherRulings: [], directions: [], addedStandardSentences: [] });
    expect(textOf(withEmpty)).toEqual(textOf(base));
  });

  it("shows an undecided ruling as a gap in the preview, with a warning and a readiness item", () => {
    const draft = mergeDraft(base, { otherRulings: [{ id: "r1", kind: "strike", docketNumber: "60" }] });
    expect(textOf(draft)).toContain("[Ruling on the motion to strike (ECF No. 60) not yet chosen.]");
    expect(evaluate(draft).warnings.map((warning) => warning.code)).toContain("other-ruling-disposition-missing");
  });

  it("says a request not reached and a deferred one as the court does", () => {
    const draft = mergeDraft(base, {
      otherRulings: [
        { id: "r1", kind: "extend-time", docketNumber: "60", disposition: "not-reached" },
        { id: "r2", kind: "vacate-hearing", docketNumber: "61", movantPartyIds: ["d1"], disposition: "deferred" },
      ],
    });
    const text = textOf(draft);
    expect(text).toContain("does not reach the motion for an extension of time (ECF No. 60).");
    expect(text).toMatch(/DEFERS ruling on Defendant's motion to vacate the hearing \(ECF No\. 61\)\./);
  });
});
