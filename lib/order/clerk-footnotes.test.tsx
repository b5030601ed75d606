import { describe, expect, it } from "vitest";
import { listClerkMarkers, splitClerkFootnotes } from "@/lib/motion/clerk-markers";
import { renderToStaticMarkup } from "react-dom/server";
import { renderDocx } from "@/lib/render/docx";
import { OrderHtml } from "@/lib/render/html/order-html";
import { footnoteNumbers } from "@/lib/render/footnote-numbers";
import { readDocx } from "@/lib/render/testing/read-docx";
import { seed002Draft } from "@/lib/standards/testing";
import type { Block, Inline } from "@/lib/order-doc/types";
import { draftOrder } from "./draft-order";
import { asSentence } from "./view-model/clerk-sentence";

const NOTE = "The Court notes that the reply was late. [[doc 12 at 3]]";

const textOf = (inlines: readonly Inline[]): string =>
  inlines
    .map((inline) =>
      inline.kind === "text"
        ? inline.text
        : inline.kind === "footnoteRef"
          ? `[fn:${inline.footnoteId}]`
          : inline.kind === "cite" || inline.kind === "docket"
            ? textOf(inline.printed ?? [])
            : "",
    )
    .join("");
const blockText = (block: Block | undefined): string =>
  !block ? "" : block.kind === "list" ? block.items.map(textOf).join(" ") : textOf(block.content);

describe("footnotes a clerk writes", () => {
  it("splits text at [[fn …]], with the markers inside the footnote kept for it", () => {
    expect(splitClerkFootnotes(`Relief.[[fn ${NOTE}]] More.`)).toEqual({
      parts: [
        { kind: "text", text: "Relief." },
        { kind: "footnote", text: NOTE },
        { kind: "text", text: " More." },
      ],
    });
    expect(listClerkMarkers(`Relief.[[fn ${NOTE}]]`)).toEqual({
      markers: [{ kind: "doc", entries: ["12"], pin: "3" }],
      invalid: [],
    });
  });

  it.each([
    ["Relief.[[fn The reply was late.", /not closed/],
    ["Relief.[[fn The reply [[doc 12]] was late.", /not closed/],
    ["Relief.[[fn One [[fn two]] three.]]", /cannot hold another footnote/],
    ["Relief.[[fn ]]", /needs its words/],
  ])("says what is wrong with %j", (typed, message) => {
    const { error, parts } = splitClerkFootnotes(typed);
    expect(error).toMatch(message);
    expect(parts).toEqual([{ kind: "text", text: typed }]);
  });

  it("prints a footnote where the clerk called it, its docket cite printed, numbered in reading order", () => {
    const draft = seed002Draft({ motion: { reliefSought: `Plaintiff asks for certification.[[fn ${NOTE}]]` } });
    const { doc } = draftOrder(draft);
    const paragraph = doc.body.find((block) => blockText(block).includes("asks for certification"));
    const ref = /asks for certification\.\[fn:([\w-]+)\]/.exec(blockText(paragraph));
    expect(ref).not.toBeNull();
    const note = doc.footnotes[ref![1]!];
    expect(blockText(note?.[0])).toBe("The Court notes that the reply was late. Doc. No. 12 at 3.");
    expect(footnoteNumbers(doc).numberOf(ref![1]!)).toBe(1);
  });

  it("numbers clerk footnotes in reading order with the template's own", () => {
    const base = seed002Draft({ motion: { reliefSought: "Plaintiff asks for certification.[[fn First.]]" } });
    const [entry, ...rest] = base.docketEntries;
    const draft = {
      ...base,
      docketEntries: [{ ...entry!, narrative: "Plaintiff sued.[[fn Second [[doc 1]].]]" }, ...rest],
    };
    const { doc } = draftOrder(draft);
    const numbers = footnoteNumbers(doc);
    expect(numbers.order).toEqual(["introduction-clerk1", "background-clerk1", "discussion-stay"]);
    expect(blockText(doc.footnotes["introduction-clerk1"]?.[0])).toBe("First.");
    expect(blockText(doc.footnotes["background-clerk1"]?.[0])).toMatch(/^Second \(?Doc\. No\. 1\)?\.$/);
  });

  it("writes a real Word footnote", async () => {
    const draft = seed002Draft({ motion: { reliefSought: `Plaintiff asks for certification.[[fn ${NOTE}]]` } });
    const { doc, style } = draftOrder(draft);
    const docx = await readDocx(await renderDocx(doc, style));
    expect(docx.documentXml).toContain("w:footnoteReference");
    expect(docx.footnotes.some((note) => note.includes("The Court notes that the reply was late."))).toBe(true);
    expect(docx.text).not.toContain("[[fn");
    expect(docx.text).not.toContain("The Court notes");
  });

  it("shows the footnote in the preview", () => {
    const draft = seed002Draft({ motion: { reliefSought: `Plaintiff asks for certification.[[fn ${NOTE}]]` } });
    const { doc, style } = draftOrder(draft);
    const html = renderToStaticMarkup(<OrderHtml doc={doc} style={style} />);
    expect(html).toMatch(/asks for certification\.<sup class="order-footnote-ref"><a href="#fn-1"/);
    const notes = html.slice(html.indexOf('<section class="order-footnotes"'));
    expect(notes).toContain("The Court notes that the reply was late.");
  });

  it("ends a sentence before the footnote it calls", () => {
    expect(asSentence("Plaintiff sued[[fn Note [[doc 1]].]]")).toBe("Plaintiff sued.[[fn Note [[doc 1]].]]");
    expect(asSentence("Plaintiff sued.[[fn Note.]]")).toBe("Plaintiff sued.[[fn Note.]]");
  });

  it("runs a footnote on as a sentence where the words already print as a footnote", () => {
    const draft = seed002Draft({
      otherRulings: [
        {
          id: "r1",
          kind: "rule-54b-judgment",
          docketNumber: "52",
          disposition: "denied",
          reasons: "There is just reason for delay.[[fn The claims overlap.]]",
          reasonsInFootnote: true,
        },
      ],
    });
    const { doc } = draftOrder(draft);
    const notes = footnoteNumbers(doc).order.map((id) => blockText(doc.footnotes[id]?.[0]));
    expect(notes).toContain("There is just reason for delay. The claims overlap.");
  });

  it("prints an unclosed footnote as typed", () => {
    const draft = seed002Draft({ motion: { reliefSought: "Plaintiff asks for certification.[[fn Unclosed." } });
    const { doc } = draftOrder(draft);
    expect(doc.body.map(blockText).join(" ")).toContain("[[fn Unclosed.");
  });
});
