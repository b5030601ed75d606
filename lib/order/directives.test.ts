import { describe, expect, it } from "vitest";
import { docketDirective, quotedAttribute } from "./directives";
import { markdownToBlocks } from "./markdown-to-blocks";

// Found by the property tests: a pin (e.g. the stay request's "49-1 at 3&amp;4") lost its
// character references when the directive was parsed.
describe("directive attributes", () => {
  it.each([
    ["3-4", '"3-4"'],
    ['say "4"', '"say 4"'],
    ["3 &amp; 5", '"3 &amp;amp; 5"'],
  ])("quotes %j as %s", (value, quoted) => {
    expect(quotedAttribute(value)).toBe(quoted);
  });

  it("parses a docket directive's pin back exactly", () => {
    const { blocks } = markdownToBlocks(
      `Filed. ${docketDirective(["49-1"], "sentence", "3&amp;4 &#42;")}`,
      "background",
    );
    const block = blocks[0];
    expect(block?.kind === "paragraph" ? block.content[1] : undefined).toEqual({
      kind: "docket",
      token: { entries: ["49-1"], position: "sentence", pin: "3&amp;4 &#42;" },
    });
  });
});
