import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "./escape-markdown";
import { markdownToBlocks } from "./markdown-to-blocks";

/** The blocks and inline kinds Markdown makes of `Plaintiff <escaped text> moves.` */
function parse(text: string) {
  const { blocks } = markdownToBlocks(`Plaintiff ${escapeMarkdown(text)} moves.`, "introduction");
  return blocks.map((block) =>
    block.kind === "paragraph"
      ? block.content.map((inline) => (inline.kind === "text" ? inline.text : inline.kind))
      : block.kind,
  );
}

// Found by the property tests: a party name or title typed with a line break changed the order's
// structure: "a  \nb" printed a hard line break wherever the name appeared, "x\n\ny" split the
// sentence into two paragraphs, and "x\n\n    y" made a code block, which failed the whole order.
describe("escapeMarkdown", () => {
  it.each([
    ["a  \nb", "Plaintiff a b moves."],
    ["two\n\nparagraphs", "Plaintiff two paragraphs moves."],
    ["x\r\n\r\n    indented code", "Plaintiff x indented code moves."],
    ["x\n\n\t# heading", "Plaintiff x # heading moves."],
    [
      "# Heading *em* [l](u) <b> {{ x }} :cite[a]{} [^1]",
      "Plaintiff # Heading *em* [l](u) <b> {{ x }} :cite[a]{} [^1] moves.",
    ],
  ])("keeps %j literal and on one line", (text, printed) => {
    expect(parse(text)).toEqual([[printed]]);
  });
});
