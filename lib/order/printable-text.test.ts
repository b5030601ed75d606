import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { renderDocx } from "@/lib/render/docx";
import { readDocx } from "@/lib/render/testing/read-docx";
import { seed002Draft } from "@/lib/standards/testing";
import { draftOrder } from "./draft-order";
import { printableDraft, printableText } from "./printable-text";

// Found by the property tests: U+FFFE in a party name made document.xml invalid (Word refused the
// file), and a pasted vertical tab (Word's manual line break) vanished, gluing two words together.
describe("printable text", () => {
  it.each([
    ["a\u000bb", "a b"],
    ["a\u000cb", "a b"],
    ["a\u0085b", "a b"],
    ["a\u0000b\u0007c\u001fd", "abcd"],
    ["a\ufffeb\uffff", "ab"],
    ["lone \ud800 and \udfff", "lone \ufffd and \ufffd"],
    ["kept: \t\n\r § ¶ — “” 👨‍👩‍👧‍👦 שלום \u007f \u2028", "kept: \t\n\r § ¶ — “” 👨‍👩‍👧‍👦 שלום \u007f \u2028"],
  ])("%j prints as %j", (typed, printed) => {
    expect(printableText(typed)).toBe(printed);
  });

  it("makes every string of a draft printable and leaves the rest alone", () => {
    const draft = {
      ...emptyDraft(),
      case: { judge: { name: "J\ufffe" }, parties: [{ id: "p1", name: "A\u000bB", side: "plaintiff" as const }] },
    };
    expect(printableDraft(draft)).toEqual({
      ...draft,
      case: { judge: { name: "J" }, parties: [{ id: "p1", name: "A B", side: "plaintiff" }] },
    });
  });

  it("writes a Word file without the characters XML forbids, words still apart", async () => {
    const draft = seed002Draft({
      case: { caseNumber: "17cv218\ufffe-MMA" },
      motion: { reliefSought: "Plaintiff\u000basks\u0000 again." },
    });
    const { doc, style } = draftOrder(draft);
    const docx = await readDocx(await renderDocx(doc, style));
    expect(docx.documentXml).not.toMatch(/[\ufffe\uffff\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(docx.text).toContain("Plaintiff asks again.");
    expect(docx.text).toContain("17cv218-MMA");
  });
});
