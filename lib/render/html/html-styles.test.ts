import { describe, expect, it } from "vitest";
import { DEFAULT_STYLE } from "@/lib/style/style-profile";
import { cssString, htmlStyles } from "./html-styles";

// Found by the property tests: a chambers' font name was put into the preview's CSS unescaped, so
// `x";background:url(…);"` added a declaration of its own and a backslash swallowed the rest.
describe("the preview's font family", () => {
  it.each([
    ["Century Schoolbook", '"Century Schoolbook"'],
    ['x";background:url(https://evil.example/t.png);"', '"x\\";background:url(https://evil.example/t.png);\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["two\nlines", '"two lines"'],
  ])("quotes %j as the CSS string %s", (font, css) => {
    expect(cssString(font)).toBe(css);
  });

  it("keeps a hostile font name inside the font-family value", () => {
    const { fontFamily } = htmlStyles({ ...DEFAULT_STYLE, font: 'x";background:url(//evil.example);"' }).page;
    expect(fontFamily).toBe('"x\\";background:url(//evil.example);\\"", "Times New Roman", Times, serif');
  });
});
