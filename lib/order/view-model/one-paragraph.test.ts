import { describe, expect, it } from "vitest";
import { seed002Draft } from "@/lib/standards/testing";
import { draftOrder } from "../draft-order";
import type { Block } from "@/lib/order-doc/types";

const granted = {
  certification: {
    controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
    substantialGround: { basis: "circuit-split" as const },
    materiallyAdvance: { wouldMateriallyAdvance: true },
    decision: "grant" as const,
  },
  reconsideration: { requested: false },
  stay: { requested: false },
};

// Found by the property tests: a blank line in a certified question broke the numbered list of
// questions apart (the next items ran into a plain paragraph), and in the only question or in the
// ruling under review it ended the sentence mid-way.
describe("clerk text printed inside a sentence or a list item", () => {
  it("keeps a question of several paragraphs one numbered item", () => {
    const draft = seed002Draft({
      ...granted,
      certification: {
        ...granted.certification,
        questions: [
          { id: "q1", text: "Whether the first question holds.\n\nAnd its second paragraph." },
          { id: "q2", text: "Whether the second question holds." },
        ],
      },
    });
    // The decrees are a numbered list too: take the lists that print the questions.
    const lists = draftOrder(draft)
      .doc.body.filter((block): block is Extract<Block, { kind: "list" }> => block.kind === "list")
      .filter((list) => JSON.stringify(list).includes("question"));
    expect(lists).toHaveLength(1);
    expect(
      lists[0]!.items.map((item) => item.map((inline) => (inline.kind === "text" ? inline.text : "")).join("")),
    ).toEqual(["Whether the first question holds. And its second paragraph.", "Whether the second question holds."]);
  });

  it("keeps the only question inside the statutory statement", () => {
    const draft = seed002Draft({
      ...granted,
      certification: { ...granted.certification, questions: [{ id: "q1", text: "whether A\n\nor B" }] },
    });
    const { body } = draftOrder(draft).doc;
    const statement = body.find((block) => JSON.stringify(block).includes("whether A"));
    expect(JSON.stringify(statement)).toContain("whether A or B, and that an immediate appeal");
  });
});
