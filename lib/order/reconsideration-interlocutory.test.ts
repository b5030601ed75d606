import { describe, expect, it } from "vitest";
import type { MotionDraft } from "@/lib/motion/schema";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import { orderPlainText } from "@/lib/render/plain-text";
import { warningText } from "@/lib/standards/warnings/warning-text";
import { draftOrder } from "./draft-order";

/** A motion to reconsider under Rule 59(e), which the court keeps, decided with a motion to certify. */
const reconsider = (districtId: string, isFinalJudgment: boolean, extra: DraftOverrides<MotionDraft> = {}) =>
  makeDraft({
    case: {
      districtId,
      caseNumber: "1:26-cv-00001",
      judge: { name: "Ada Lovelace", title: "district" },
      parties: [
        { id: "p1", name: "Pat Doe", side: "plaintiff" },
        { id: "d1", name: "Acme Corp.", side: "defendant" },
      ],
    },
    orderUnderReview: { date: "2026-02-02", isFinalJudgment },
    motion: { titleAsFiled: "Motion to Reconsider", movantPartyIds: ["p1"], docketNumber: "40" },
    reconsideration: { requested: true, ruleInvoked: "59e", ruleApplied: "59e", decision: "deny" },
    certification: { decision: "deny", controllingQuestion: { isPureQuestionOfLaw: false } },
    orderDate: "2026-03-02",
    ...extra,
  });

const textOf = (draft: MotionDraft) => {
  const { doc, style, findings } = draftOrder(draft);
  return { text: orderPlainText(doc, style).replace(/\s+/g, " "), findings };
};

/** Statements of the Rule 59(e) standard the formulations carry, which must not govern an interlocutory order. */
const RULE_59E_STANDARD = [
  /A Rule 59\(e\) motion/,
  /Rule 59\(e\) "serve/,
  /Rule 59\(e\) motions/,
  /Reconsideration of a judgment/,
];

describe("Rule 59(e) kept for an interlocutory order: the order applies Rule 54(b), never the Rule 59(e) standard", () => {
  it("Fifth Circuit: Rule 54(b) with Austin's standard for revising an interlocutory order", () => {
    const { text } = textOf(reconsider("laed", false));
    expect(text).toMatch(/properly considered under [A-Za-z ]*54\(b\)/);
    expect(text).toContain("Austin v. Kroger Tex., L.P., 864 F.3d 326");
    for (const words of RULE_59E_STANDARD) expect(text).not.toMatch(words);
  });

  it("Ninth Circuit: Rule 54(b) with the circuit's standard", () => {
    const { text } = textOf(reconsider("casd", false));
    expect(text).toMatch(/properly considered under [A-Za-z ]*54\(b\)/);
    expect(text).toContain("inherent procedural power to reconsider");
    for (const words of RULE_59E_STANDARD) expect(text).not.toMatch(words);
  });

  it("elsewhere: the words of Rule 54(a) and 54(b)", () => {
    const { text } = textOf(reconsider("ilnd", false));
    expect(text).toContain('"any order from which an appeal lies."');
    expect(text).toContain('"may be revised at any time"');
    for (const words of RULE_59E_STANDARD) expect(text).not.toMatch(words);
  });

  it("a final judgment keeps the Rule 59(e) standard", () => {
    const { text } = textOf(reconsider("laed", true));
    expect(text).not.toMatch(/properly considered under [A-Za-z ]*54\(b\)/);
    expect(text).toMatch(/Rule 59\(e\)/);
  });

  it("the warning says what the rules say", () => {
    const draft = reconsider("laed", false);
    const { findings } = textOf(draft);
    const warning = findings.warnings.find((w) => w.code === "rule-59e-against-interlocutory-order");
    if (!warning) throw new Error("no warning");
    const words = warningText(warning, draft);
    expect(words).toContain('Rule 59(e) reaches a "judgment"');
    expect(words).toContain('Rule 54(a) defines as "a decree and any order from which an appeal lies"');
    expect(words).toContain('"may be revised at any time"');
    expect(words).not.toContain("only final judgments");
  });
});
