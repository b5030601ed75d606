import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { mergeDraft, type DraftOverrides } from "@/lib/motion/testing";
import { checkProse, orderParagraphs } from "@/lib/prose";
import { clerkTexts } from "@/lib/prose/clerk-texts";
import { orderPlainText } from "@/lib/render/plain-text";
import { draftOrder } from "./draft-order";

/** A grant in the Second Circuit (fixture 202): one question, all three elements met, proceedings stayed. */
const base = MotionDraftSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/circuits/202.json"), "utf8")),
);
const draftWith = (overrides: DraftOverrides<MotionDraft>) => mergeDraft(base, overrides);
const textOf = (draft: MotionDraft) => {
  const { doc, style } = draftOrder(draft);
  return orderPlainText(doc, style).replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
};
const proseOf = (draft: MotionDraft) => {
  const { doc, style } = draftOrder(draft);
  return checkProse(orderParagraphs(doc, style), { clerkTexts: clerkTexts(draft) });
};

const STANDING = "whether a tenants' association that diverts its resources has organizational standing";
const REMEDY = "Whether the Act authorizes punitive damages against a municipal landlord?";
const PARTIAL: DraftOverrides<MotionDraft> = {
  certification: {
    decision: "grant-in-part",
    questions: [
      { id: "q1", text: STANDING, ruling: "certify" },
      {
        id: "q2",
        text: REMEDY,
        ruling: "refuse",
        refusedFor: "materially-advance",
        refusalReasoning: "The remedy question arises only after liability is found.",
      },
    ],
  },
};

describe("a grant in part", () => {
  const text = textOf(draftWith(PARTIAL));

  it("states both questions as asked, refuses the second with its ground and reasons, and certifies the first alone", () => {
    expect(text).toContain("asks the Court to certify the following questions: 1. Whether a tenants' association");
    expect(text).toContain(
      "The Court declines to certify question 2, because an immediate appeal on it would not materially advance the ultimate termination of the litigation. The remedy question arises only after liability is found.",
    );
    expect(text).toContain(
      "For these reasons, Plaintiff's motion for certification is granted in part and denied in part.",
    );
    const statement = text.slice(text.indexOf("The Court is of the opinion"));
    expect(statement).toContain(`namely, ${STANDING},`);
    expect(statement).not.toContain("punitive damages");
  });

  it("decrees the motion GRANTED in part and DENIED in part and certifies the order as to the question certified", () => {
    expect(text).toContain("is GRANTED in part and DENIED in part.");
    expect(text).toContain("is CERTIFIED for interlocutory appeal as to question 1.");
    expect(text).toMatch(/the Court GRANTS in part and DENIES in part/);
  });

  it("has nothing a judge would strike", () => {
    expect(proseOf(draftWith(PARTIAL))).toEqual([]);
  });
});

describe("the court restating the question", () => {
  const restated =
    "Whether diverting resources to counsel members confers organizational standing under the Fair Housing Act?";
  const draft = draftWith({ certification: { questions: [{ id: "q1", text: STANDING, restatedText: restated }] } });
  const text = textOf(draft);

  it("states the movant's question, then certifies the court's words", () => {
    expect(text).toContain(`asks the Court to certify the question ${STANDING}.`);
    expect(text).toContain(`The Court restates the question as follows: ${restated}`);
    const statement = text.slice(text.indexOf("The Court is of the opinion"));
    expect(statement).toContain(
      "namely, whether diverting resources to counsel members confers organizational standing",
    );
    expect(statement).not.toContain("tenants' association");
    expect(proseOf(draft)).toEqual([]);
  });
});

describe("the statement added to the order under review", () => {
  it("amends it under FRAP 5(a)(3): the ten days run from this Order", () => {
    const text = textOf(draftWith({ amendment: { requested: true, form: "amend" } }));
    expect(text).toContain("is amended to include the following statement");
    expect(text).toContain("is AMENDED to include the statement set out above and is CERTIFIED");
    expect(text).toContain("within ten days after the entry of this Order");
  });

  it("vacates it for an amended order: the ten days run from that order's entry, which is not dated here", () => {
    const text = textOf(draftWith({ amendment: { requested: true, form: "vacate-and-reenter" } }));
    expect(text).toContain(
      "is vacated, and the Court will enter an amended order that includes the following statement",
    );
    expect(text).toContain(
      "is VACATED; an amended order including the statement set out above shall be entered, and the amended order is CERTIFIED",
    );
    expect(text).toContain("within ten days after the entry of the amended order.");
    expect(text).not.toContain("that period ends on");
  });
});

describe("a denial in the court's discretion", () => {
  const discretion = "Motions under § 101 are common, and piecemeal appeals would follow.";
  it("prints the reasons though the second element is not treated as a finding (corpus 13)", () => {
    const draft = draftWith({
      certification: {
        decision: "deny",
        substantialGround: { basis: undefined, isMereDisagreement: undefined, reasoning: "" },
        discretionaryDenialReasoning: discretion,
      },
      stay: { requested: false },
      analysis: { order: "all-elements" },
    });
    const text = textOf(draft);
    expect(text).toContain("Even if each statutory element were satisfied, certification remains discretionary.");
    expect(text).toContain(discretion);
  });

  it("keeps the words for all three met", () => {
    const draft = draftWith({
      certification: { decision: "deny", discretionaryDenialReasoning: discretion },
      stay: { requested: false },
    });
    expect(textOf(draft)).toContain(
      "Although each statutory element is satisfied, certification remains discretionary.",
    );
  });
});

describe("untimeliness as a ground of its own", () => {
  it("finds the delay in its own paragraph before the elements", () => {
    const draft = draftWith({
      certification: {
        decision: "deny",
        untimeliness: { isUntimely: true, reasoning: "The motion came nine months after the order." },
      },
      stay: { requested: false },
    });
    const text = textOf(draft);
    const finding = text.indexOf(
      "did not seek certification within a reasonable time after the entry of the April 2, 2026 Order. The motion came nine months after the order.",
    );
    expect(finding).toBeGreaterThan(0);
    expect(finding).toBeLessThan(text.indexOf("involves a controlling question of law. "));
  });
});

describe("two elements decided together", () => {
  it("takes the third element right after the first, with one sentence saying so", () => {
    const text = textOf(draftWith({ certification: { elementsDiscussedTogether: "controlling-and-advance" } }));
    const together = text.indexOf(
      "The Court considers the first and third elements together. The Court finds that the April 2, 2026 Order involves a controlling question of law.",
    );
    expect(together).toBeGreaterThan(0);
    expect(text.indexOf("may materially advance the ultimate termination of the litigation. ")).toBeLessThan(
      text.indexOf("The Court finds a substantial ground"),
    );
  });
});

describe("a substantial ground found in the court's reasons only", () => {
  it("finds the element without naming a ground the court did not give", () => {
    const draft = draftWith({
      certification: {
        substantialGround: { basis: "stated-in-reasons", reasoning: "Reasonable jurists could differ." },
      },
    });
    const text = textOf(draft);
    expect(text).toContain("The Court finds a substantial ground for difference of opinion on the question presented.");
    expect(text).not.toContain("courts of appeals are divided");
  });
});
