/**
 * The subset parser must build the blocks micromark builds, or step aside (return undefined).
 * Checked on every fixture's Markdown (which must stay on the fast path), on clerk text through
 * the clerk filter, and on Markdown generated from the constructs both parsers meet.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDistrict } from "@/lib/courts";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { evaluate } from "@/lib/standards";
import { clerkTextToMarkdown } from "../clerk-text";
import { orderMarkdown } from "../compose";
import { styleForDraft } from "../draft-order";
import { markdownToBlocks } from "../markdown-to-blocks";
import { buildViewModel } from "../view-model/build-view-model";
import { parseMarkdownSubset } from "./index";

const FIXTURES = path.resolve(import.meta.dirname, "../../../fixtures");
const fixtureFiles = ["seeds", "grants", "circuits", "stress"].flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((file) => /^\d{3}\.json$/.test(file))
    .map((file) => path.join(set, file)),
);

/** Both parsers' outcome: the blocks, or the error they throw. */
function outcome(markdown: string, parser: "auto" | "micromark"): unknown {
  try {
    return markdownToBlocks(markdown, "discussion", parser);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function expectSameBlocks(markdown: string) {
  expect(outcome(markdown, "auto"), markdown).toEqual(outcome(markdown, "micromark"));
}

describe.each(fixtureFiles)("the Markdown of fixture %s", (file) => {
  const draft = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
  const district = findDistrict(draft.case.districtId ?? "");
  const style = styleForDraft(draft, district);
  const markdown = orderMarkdown(buildViewModel(draft, evaluate(draft), style));

  it("stays on the fast path", () => {
    expect(parseMarkdownSubset(markdown)).toBeDefined();
  });

  it("parses to the blocks micromark gives", () => {
    expectSameBlocks(markdown);
  });
});

describe("the subset parser", () => {
  it.each([
    ["emphasis and strong", "*a* **b** ***c*** *d **e** f*"],
    ["the rule of three", "*foo**bar**baz* **foo*bar*baz** *a**b* a**b**c"],
    ["unmatched and intraword stars", "a * b ** c *d e* f*g*h ** i*"],
    ["punctuation next to stars", '"*quoted*" (*paren*) *§ 1292(b)*. **“x”**'],
    ["escapes", "\\*not\\* \\[[doc 1\\]] a\\b \\\\*x*"],
    ["soft and hard breaks", "one  \ntwo\nthree \n  four  "],
    ["directives", ':cite[28-usc-1292-b]{ref=text} :docket[49-1,50]{pos=sentence at="2-3" signal=see} :cite[a-b]'],
    ["an escaped ampersand in a pin", ':docket[4]{pos=clause at="3 &amp; 5"} :docket[5]{at="&amp;amp;"}'],
    ["headings and sections", "::section{id=background}\n\n## Background\n\n### Legal Standard ##x\n\ntext"],
    ["lists", "1. one\n2. two\n\n3. three\n- a\n- b\n\nafter"],
    ["a block quote", "> The Court is of the opinion\n> that it *may*.\n>\n> Second.\n\nAfter."],
    ["footnotes", "Text.[^stay] More.[^Other]\n\n[^stay]: The stay is *moot*.\n\n[^other]: Second\ncontinued."],
    ["brackets that are not links", "[t]he court [a] b [x]y ]"],
    ["an ordered list that is a year", "2018. The year."],
  ])("matches micromark: %s", (_name, markdown) => {
    expect(parseMarkdownSubset(markdown)).toBeDefined();
    expectSameBlocks(markdown);
  });

  it.each([
    ["a link", "[a](b)"],
    ["an image", "![a](b)"],
    ["a code span", "`code`"],
    ["HTML", "a <b>c</b>"],
    ["a character reference", "AT&amp;T"],
    ["another character reference in a pin", ':docket[4]{at="3 &sect; 5"}'],
    ["underscore emphasis", "_a_"],
    ["an undefined footnote call", "a[^missing]"],
    ["another directive", ":note[x]"],
    ["a setext heading", "Title\n===="],
    ["a paragraph interrupted by a list", "text\n- item"],
    ["an indented code block", "    code"],
    ["a backslash hard break", "a\\\nb"],
    ["a tab", "a\tb"],
  ])("steps aside for %s", (_name, markdown) => {
    expect(parseMarkdownSubset(markdown)).toBeUndefined();
    expectSameBlocks(markdown);
  });

  const clerkPieces = fc.constantFrom(
    "The Court",
    " ",
    "  ",
    "\n",
    "\n\n",
    "*",
    "**",
    "***",
    "ex parte",
    "§ 1292(b)",
    ".",
    ",",
    ";",
    ":",
    "'",
    '"',
    "“",
    "”",
    "(",
    ")",
    "[",
    "]",
    "_",
    "`",
    "<",
    ">",
    "&",
    "&amp;",
    "#",
    "!",
    "-",
    "—",
    "é",
    "😀",
    "\\",
    "1.",
    "[[doc 12 at 3]]",
    "[[see doc 49-1 at 2-3]]",
    "[[cite see couch-v-telescope#mere-disagreement]]",
    "[[bogus]]",
    ":cite",
    "x:y",
    "~",
  );

  it("matches micromark on clerk text through the clerk filter", () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(clerkPieces, { maxLength: 30 }), (pieces) => {
        const markdown = `Before ${clerkTextToMarkdown(pieces.join(""))} after.`;
        if (parseMarkdownSubset(markdown)) fast++;
        expectSameBlocks(markdown);
      }),
      { numRuns: 1000, seed: 1292 },
    );
    // Clerk text is escaped: nearly all of it should take the fast path, or the comparison proves little.
    expect(fast).toBeGreaterThan(900);
  });

  /** Constructs of the subset, and lines that change block structure; the parser must match micromark on all of them. */
  const subsetPieces = [
    "a",
    "word",
    " ",
    "  ",
    "\n",
    "\n\n",
    "  \n",
    "*",
    "**",
    "***",
    "\\*",
    "\\",
    "\\\\",
    "!",
    "?",
    ".",
    ",",
    "(",
    ")",
    "[",
    "]",
    '"',
    "“",
    "é",
    "#",
    "## ",
    "> ",
    "1. ",
    "2) ",
    "- ",
    "* ",
    "+ ",
    ":cite[x-y]{prop=p}",
    ':docket[12,13]{pos=sentence at="3"}',
    ":docket[1]",
    ":cite[a]{signal=see}",
    ':docket[3]{at="1 &amp; 2"}',
    "::section{id=stay}",
    "[^n]",
    "[^n]: note",
    "[^N]",
    "2018. ",
  ];
  /** Constructs outside the subset: the parser must step aside. */
  const otherPieces = ["_", "`", "<", "&amp;", "---", "===", "    ", ":bad[x]", "[a](b)", "\t", "\r\n"];

  it.each([
    ["the subset's constructs", subsetPieces, 2500, 1000],
    ["constructs in and out of the subset", [...subsetPieces, ...otherPieces], 1000, 100],
  ])("matches micromark on generated Markdown, or steps aside: %s", (_name, pieces, runs, minFast) => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (drawn) => {
        const markdown = drawn.join("");
        if (parseMarkdownSubset(markdown)) fast++;
        expectSameBlocks(markdown);
      }),
      { numRuns: runs, seed: 1292 },
    );
    expect(fast).toBeGreaterThan(minFast);
  });
});
