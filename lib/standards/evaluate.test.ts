import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { makeDraft } from "@/lib/motion/testing";
import { evaluate } from "./evaluate";
import { seed002Draft } from "./testing";

describe("evaluate", () => {
  it("never throws on an empty draft, and finds everything unanswered", () => {
    const findings = evaluate(emptyDraft());
    expect(findings.circuit).toBeUndefined();
    expect(findings.certification.elements.map((e) => e.status)).toEqual(["unanswered", "unanswered", "unanswered"]);
    expect(findings.certification.disposition).toBe("undecided");
    expect(findings.reconsideration.disposition).toBe("not-requested");
    expect(findings.stay.disposition).toBe("not-requested");
    expect(findings.successive.isSuccessive).toBe(false);
    expect(findings.movantIsProSe).toBe(false);
    expect(findings.presidingJudge).toBe("unknown");
    expect(findings.warnings).toEqual([
      { code: "decision-missing", step: "ruling", request: "certification", severity: "error" },
    ]);
  });

  it("reproduces seed 002: reconsideration denied (under Rule 54(b): the court's Rule 59(e) does not reach an interlocutory order), certification denied, rest not reached, stay moot in a footnote", () => {
    const draft = MotionDraftSchema.parse(seed002Draft());
    const findings = evaluate(draft);
    expect(findings.circuit).toBe("9th");
    expect(findings.movantIsProSe).toBe(true);
    expect(findings.presidingJudge).toBe("district");
    expect(findings.reconsideration).toMatchObject({
      disposition: "denied",
      ruleApplied: "54b",
      ruleDisplaced: "59e",
      groundsShown: [],
    });
    expect(findings.certification).toMatchObject({
      disposition: "denied",
      basis: "element-not-met",
      notReached: ["substantial-ground", "materially-advance"],
    });
    expect(findings.certification.elements[0]).toMatchObject({ status: "not-met", reason: "question-of-fact" });
    expect(findings.stay).toMatchObject({
      disposition: "denied-as-moot",
      reason: "moot-certification-denied",
      placement: "footnote",
    });
    expect(findings.warnings).toEqual([
      { code: "rule-59e-against-interlocutory-order", step: "reconsideration", suggest: "54b", severity: "warning" },
    ]);
  });

  it("reproduces seed 000: a magistrate judge by consent denies for want of material advancement, stay denied with it", () => {
    const findings = evaluate(
      makeDraft({
        case: {
          districtId: "nmd",
          judge: { title: "magistrate", consentUnder636c: true },
          parties: [{ id: "p1", name: "Jimmie Allison", side: "plaintiff" }],
        },
        motion: { movantPartyIds: ["p1"] },
        certification: { materiallyAdvance: { isTrialImminent: true }, decision: "deny" },
        stay: { requested: true, decision: "deny" },
        analysis: { order: "all-elements" },
      }),
    );
    expect(findings.circuit).toBe("10th");
    expect(findings.presidingJudge).toBe("magistrate-by-consent");
    expect(findings.certification.elements[2]).toMatchObject({ status: "not-met", reason: "trial-imminent" });
    expect(findings.stay.disposition).toBe("denied");
    // The seed does not recite the parties' consents: the clerk is asked to record them.
    expect(findings.warnings).toEqual([
      {
        code: "magistrate-consents-incomplete",
        step: "parties",
        missingPartyIds: ["p1"],
        unservedPartyIds: [],
        unservedRule: "unsettled",
        recorded: 0,
        severity: "warning",
      },
    ]);
  });

  it.each([
    ["district", undefined, "district"],
    ["senior", undefined, "district"],
    ["chief", undefined, "district"],
    ["magistrate", true, "magistrate-by-consent"],
    ["magistrate", false, "magistrate-without-consent"],
    ["magistrate", undefined, "magistrate-without-consent"],
  ] as const)("a %s judge (consent %s) presides as %s", (title, consentUnder636c, expected) => {
    expect(evaluate(makeDraft({ case: { judge: { title, consentUnder636c } } })).presidingJudge).toBe(expected);
  });

  it("treats the movant as pro se only when a movant party is", () => {
    const parties = [
      { id: "p1", name: "A", side: "plaintiff", isProSe: true },
      { id: "d1", name: "B", side: "defendant", isProSe: false },
    ] as const;
    expect(
      evaluate(makeDraft({ case: { parties: [...parties] }, motion: { movantPartyIds: ["d1"] } })).movantIsProSe,
    ).toBe(false);
    expect(
      evaluate(makeDraft({ case: { parties: [...parties] }, motion: { movantPartyIds: ["d1", "p1"] } })).movantIsProSe,
    ).toBe(true);
  });

  it("leaves the circuit unknown for an unknown district", () => {
    expect(evaluate(makeDraft({ case: { districtId: "zzz" } })).circuit).toBeUndefined();
  });
});
