import { describe, expect, it } from "vitest";
import { checkProse } from "./check-prose";
import { PROSE_RULES } from "./rules";
import type { ProseParagraph } from "./types";

const body = (text: string, section = "discussion"): ProseParagraph => ({ text, part: "body", section });
const decree = (text: string): ProseParagraph => ({ text, part: "decree", section: "conclusion" });

/** Each rule: paragraphs it must fire on, and near misses it must let pass. */
const CASES: Record<string, { fires: ProseParagraph[][]; passes: ProseParagraph[][] }> = {
  "repeated-sentence": {
    fires: [
      [
        body("Section 1292(b) sets four criteria for an interlocutory appeal. The Court agrees."),
        body("Section 1292(b) sets four criteria for an interlocutory appeal."),
      ],
    ],
    passes: [
      [body("Id. at 3. The Court agrees with that reading."), body("Id. at 3. § 1292(b).")],
      [
        body("A question is controlling here. In re Cement Antitrust Litig., 673 F.2d at 1026."),
        body("The ruling stands. In re Cement Antitrust Litig., 673 F.2d at 1026."),
      ],
    ],
  },
  "repeated-disposition": {
    fires: [
      [
        body("Accordingly, the Court DENIES Plaintiff’s motion for certification of the March 1, 2024 Order."),
        body("Accordingly, Plaintiff’s motion for certification of interlocutory appeal is HEREBY DENIED."),
      ],
      [
        body("Accordingly, the Court DENIES Plaintiff’s motion for certification (ECF No. 4)."),
        body("Accordingly, Plaintiff’s motion for certification is HEREBY DENIED."),
      ],
      [decree("1. Plaintiff’s request for a stay is DENIED."), decree("2. Plaintiff’s request for a stay is DENIED.")],
      [
        decree(
          "For the foregoing reasons, IT IS ORDERED that Plaintiff’s motion for certification (ECF No. 4) is DENIED.",
        ),
        decree("IT IS FURTHER ORDERED that Plaintiff’s motion for certification (ECF No. 4) is DENIED."),
      ],
    ],
    passes: [
      [
        body("For the reasons stated below, the Court DENIES Plaintiff’s motion.", "introduction"),
        body("Accordingly, the Court DENIES Plaintiff’s request to reconsider the Order."),
        body("Accordingly, the Court DENIES Plaintiff’s motion for certification of the Order."),
        body("For the foregoing reasons, the Court DENIES Plaintiff’s ex parte motion.", "conclusion"),
        decree("1. Plaintiff’s motion for certification under § 1292(b) is DENIED."),
      ],
      [body("The Court DENIES the request for a stay."), body("The Court DENIES AS MOOT the request for a stay.")],
      // Several motions decided in one order: each movant's, or each docket entry's, paragraph of its own.
      [
        decree("1. Defendant Acme’s motion for certification under § 1292(b) is GRANTED."),
        decree("2. Defendant Widget Co.’s motion for certification under § 1292(b) is GRANTED."),
      ],
      [
        decree("1. Plaintiff’s motion for certification under § 1292(b) (ECF No. 4) is DENIED."),
        decree("2. Plaintiff’s second motion for certification under § 1292(b) is DENIED."),
        decree("3. Plaintiff’s third motion for certification under § 1292(b) (ECF No. 9) is DENIED."),
      ],
    ],
  },
  "possessive-et-al": {
    fires: [[body("The Court has reviewed Defendant Wood, et al.’s motion.")], [body("Wood et al.' motion")]],
    passes: [[body("Defendants Wood, et al., move to certify.")]],
  },
  "doubled-word": {
    fires: [
      [body("Order Granting Defendant’s Defendant’s Motion")],
      [body("Denying Defendant Wood’s Defendants’ Motion for Reconsideration")],
      [body("the the Court")],
    ],
    passes: [[body("He said that that ruling stands; Defendant’s motion and Plaintiff’s opposition.")]],
  },
  "doubled-space": {
    fires: [[body("under 28 U.S.C. § 1292(b).  For the reasons stated below")]],
    passes: [[body("under 28 U.S.C. § 1292(b). For the reasons stated below")]],
  },
  "doubled-period": {
    fires: [[body("Futero, Inc.. The Court")], [body("namely, whether the statute applies?. The Court")]],
    passes: [[body("disposition of . . . a single controversy. Id.")]],
  },
  "period-comma": {
    fires: [[body("namely, whether federal law preempts the statute., and that an immediate appeal")]],
    passes: [[body("Futero, Inc., and Widget Co., and 28 U.S.C., and et al., moved")]],
  },
  "space-before-punctuation": {
    fires: [[body("the Court’s Order (ECF No. 40) , and")], [body("the Order .")]],
    passes: [
      [body("(ECF No. 1.) :cite[a]{} and .NET, its order ::section{id=x}")],
      [body("piecemeal appellate disposition of . . . a single controversy.")],
    ],
  },
  placeholder: {
    fires: [[body("/s/ [Judge]")], [body("[PLAINTIFF], Plaintiff")], [body("Dated: ________________")]],
    passes: [[body("Appellant’s [Plaintiff’s] Application [docket no. 59] and [46]")]],
  },
  "straight-quote": {
    fires: [[body("the Court's Order")], [body('a "controlling question of law"')]],
    passes: [[body("the Court’s “controlling question of law”")]],
  },
  "lowercase-sentence-start": {
    fires: [
      [body("under 28 U.S.C. § 1292(b). (ECF No. 45.) to certify the order for appeal For the reasons")],
      [body("the parties ask the Court to certify.")],
    ],
    passes: [
      [body("Smith v. Jones, 1 F.3d 2 (9th Cir. 2000). See id. at 3. Wood, et al. and Acme Inc. agree.")],
      [body("Plaintiff filed the complaint. (doc. # 10). The Court denied it. [docket no. 12].")],
    ],
  },
  "capital-whether": {
    fires: [[body("difference of opinion, namely, Whether federal law preempts the statute, and that")]],
    passes: [[body("The question is this. Whether federal law preempts the statute is disputed.")]],
  },
};

describe("the prose check's rules", () => {
  it("has a case for every rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(PROSE_RULES.map((rule) => rule.id).sort());
  });

  describe.each(PROSE_RULES.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
    it.each(CASES[id]!.fires.map((paragraphs, i) => [i, paragraphs] as const))(
      "fires on bad example %i",
      (_i, paragraphs) => {
        expect(checkProse(paragraphs, { rules: [rule] }).map((finding) => finding.rule)).toContain(id);
      },
    );
    it.each(CASES[id]!.passes.map((paragraphs, i) => [i, paragraphs] as const))(
      "passes near miss %i",
      (_i, paragraphs) => {
        expect(checkProse(paragraphs, { rules: [rule] })).toEqual([]);
      },
    );
  });
});

describe("checkProse", () => {
  it("leaves the clerk's own words to the clerk, and reports the joins around them", () => {
    const clerk = { clerkTexts: ["the the parties agree", "Wood, et al."] };
    expect(checkProse([body("Plaintiff says the the parties agree.")], clerk)).toEqual([]);
    expect(checkProse([body("Defendant Wood, et al.’s motion")], clerk).map((f) => f.rule)).toEqual([
      "possessive-et-al",
    ]);
  });

  it("takes a sentence the clerk typed twice, cites and all, as the clerk's, whatever the docket label's case", () => {
    const typed = "Other courts in this district have reached different results [[doc 62 at 7-10]]";
    const twice = (cite: string) => [
      body(`Other courts in this district have reached different results ${cite}`),
      body(`Other courts in this district have reached different results ${cite}`),
    ];
    expect(checkProse(twice("docket no. 62, pp. 7-10."), { clerkTexts: [typed] })).toEqual([]);
    expect(checkProse(twice("(ECF No. 62 at 7-10)."), { clerkTexts: [typed] })).toEqual([]);
  });
});
