import { describe, expect, it } from "vitest";
import { listClerkMarkers, parseClerkMarker } from "@/lib/motion/clerk-markers";
import { clerkTextToMarkdown } from "./clerk-text";
import { markdownToBlocks } from "./markdown-to-blocks";
import type { Inline } from "@/lib/order-doc/types";

function inlinesOf(text: string): Inline[] {
  const { blocks } = markdownToBlocks(clerkTextToMarkdown(text), "discussion");
  expect(blocks).toHaveLength(1);
  const block = blocks[0]!;
  if (block.kind !== "paragraph") throw new Error("expected a paragraph");
  return block.content;
}

const plain = (inlines: Inline[]) =>
  inlines.map((inline) => (inline.kind === "text" ? inline.text : `<${inline.kind}>`)).join("");

describe("clerk text", () => {
  it.each([
    ["# Not a heading", "# Not a heading"],
    ["- not a list", "- not a list"],
    ["1. not a list either", "1. not a list either"],
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["{{ secret }} and {% raw %}", "{{ secret }} and {% raw %}"],
    ["a footnote? [^1]", "a footnote? [^1]"],
    [":cite[coopers-lybrand-v-livesay] typed by hand", ":cite[coopers-lybrand-v-livesay] typed by hand"],
    ["§ 1292(b) — “curly” ¶ 3 — émigré — שלום — 🎉", "§ 1292(b) — “curly” ¶ 3 — émigré — שלום — 🎉"],
    ["2 * 3 * 4", "2 * 3 * 4"],
  ])("keeps %j as literal text", (input, expected) => {
    expect(plain(inlinesOf(input))).toBe(expected);
  });

  it("keeps light emphasis", () => {
    const inlines = inlinesOf("Plaintiff proceeds *pro se* and **must** comply.");
    expect(inlines).toContainEqual({ kind: "text", text: "pro se", marks: ["italic"] });
    expect(inlines).toContainEqual({ kind: "text", text: "must", marks: ["bold"] });
  });

  it("turns a docket marker after a sentence into a citation sentence and drops the typed period", () => {
    const inlines = inlinesOf("Plaintiff filed two motions. [[doc 44, 46]]. He sought leave.");
    expect(inlines[1]).toEqual({ kind: "docket", token: { entries: ["44", "46"], position: "sentence" } });
    expect(plain(inlines)).toBe("Plaintiff filed two motions. <docket> He sought leave.");
  });

  it("turns a mid-sentence docket marker into a clause with its pin", () => {
    const inlines = inlinesOf("the motion [[doc 49-1 at 2-3]] asks");
    expect(inlines[1]).toEqual({ kind: "docket", token: { entries: ["49-1"], position: "clause", pin: "2-3" } });
  });

  it("turns a cite marker into a cite token with signal and proposition", () => {
    const inlines = inlinesOf("Judges are immune. [[cite see ashelman-v-pope#judicial-acts]].");
    expect(inlines[1]).toEqual({
      kind: "cite",
      token: { authorityId: "ashelman-v-pope", propositionId: "judicial-acts", signal: "see" },
    });
  });

  it("prints an invalid marker as text and reports it", () => {
    expect(plain(inlinesOf("see [[nonsense here]]"))).toBe("see [[nonsense here]]");
    expect(listClerkMarkers("[[doc 12]] [[bogus]]").invalid).toEqual(["[[bogus]]"]);
  });

  // Found by the property tests: a cite to an authority or proposition outside the library made the
  // whole order fail to render (resolveCitations threw); it now prints as typed and is reported.
  it.each([
    "[[cite nonexistent-v-nobody#holding]]",
    "[[cite 28-usc-1292-b#no-such-proposition]]",
    "[[cite see nobody-v-nothing]]",
  ])("prints a cite marker outside the library as typed and reports it: %s", (marker) => {
    expect(plain(inlinesOf(`As held ${marker} here.`))).toBe(`As held ${marker} here.`);
    expect(listClerkMarkers(marker)).toEqual({ markers: [], invalid: [marker] });
  });

  // Found by the property tests: the directive parser decodes character references in attribute
  // values, so a pin typed "3 &amp; 5" printed "3 & 5".
  it.each(["3 &amp; 5", "2 &lt;n.1&gt;", "4 & 6", "*3 n.1"])("keeps the pin %j as typed", (pin) => {
    expect(inlinesOf(`the motion [[doc 12 at ${pin}]] asks`)[1]).toEqual({
      kind: "docket",
      token: { entries: ["12"], position: "clause", pin },
    });
  });

  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    const { blocks } = markdownToBlocks(clerkTextToMarkdown("One\nline.\n\nTwo."), "discussion");
    expect(blocks.map((block) => (block.kind === "paragraph" ? plain(block.content) : ""))).toEqual([
      "One line.",
      "Two.",
    ]);
  });

  it.each([
    ["doc 49", { kind: "doc", entries: ["49"] }],
    ["doc 49-1 at 2-3", { kind: "doc", entries: ["49-1"], pin: "2-3" }],
    [
      "cite in-re-cement-antitrust#controlling",
      { kind: "cite", authorityId: "in-re-cement-antitrust", propositionId: "controlling" },
    ],
    ["cite see-also in-re-gugliuzza", { kind: "cite", authorityId: "in-re-gugliuzza", signal: "see-also" }],
    ["doc forty", undefined],
  ])("parses marker %j", (body, expected) => {
    expect(parseClerkMarker(body)).toEqual(expected);
  });
});
