/**
 * The direct writer must write the package `docx` writes: every part, byte for byte, for every
 * fixture in several styles and for hand-built orders that reach every branch of the mapping.
 * When this fails after a change to the `docx` mapping (block-paragraphs.ts, caption-elements.ts,
 * …), make the same change in the matching ooxml/ file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import type { Inline, OrderDoc } from "@/lib/order-doc/types";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { longOrder, PLAIN_STYLE, PLEADING_STYLE, sampleOrder } from "../../testing/order-fixtures";
import { buildDocxDocument, renderDocx } from "../render-docx";

const FIXTURES = path.resolve(import.meta.dirname, "../../../../fixtures");
const fixtureFiles = ["seeds", "grants", "circuits", "stress"].flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((file) => /^\d{3}\.json$/.test(file))
    .map((file) => path.join(set, file)),
);

/** The parts of a package, with what legitimately differs between two renders blanked: the time, and docx's process-wide drawing ids. */
function parts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => [
    name,
    strFromU8(data)
      .replace(/(W3CDTF">)[^<]*/g, "$1")
      .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""'),
  ]);
}

async function expectParity(doc: OrderDoc, style: StyleProfile) {
  const expected = parts(new Uint8Array(await Packer.toBuffer(buildDocxDocument(doc, style))));
  const actual = parts(await renderDocx(doc, style));
  expect(actual.map(([name]) => name)).toEqual(expected.map(([name]) => name));
  for (const [i, [name, xml]] of actual.entries()) expect(xml, name).toBe(expected[i]![1]);
}

const STYLES: Record<string, (own: StyleProfile) => StyleProfile> = {
  own: (own) => own,
  pleading: () => PLEADING_STYLE,
  plain: () => PLAIN_STYLE,
  "single-spaced, no headings, wet signature": (own) => ({
    ...own,
    paper: "plain",
    lineSpacing: "single",
    captionLayout: "stacked",
    headingStyle: "none",
    titleDocketRef: "bracket-line",
    signature: { form: "caps-name", titleCase: "upper", dateLine: false },
  }),
  "one-and-a-half, odd font": (own) => ({
    ...own,
    paper: "plain",
    lineSpacing: "one-and-half",
    font: "Courier <New> & 'Co'",
    fontSizePt: 14,
    captionLayout: "two-column",
  }),
};

describe.each(fixtureFiles)("fixture %s", (file) => {
  const draft = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
  const { doc, style } = draftOrder(draft, { today: "2026-11-23" });
  it.each(Object.keys(STYLES))("writes the package docx writes, in style: %s", async (name) => {
    await expectParity(doc, STYLES[name]!(style));
  });
});

const t = (text: string, ...marks: ("italic" | "bold" | "underline")[]): Inline =>
  marks.length > 0 ? { kind: "text", text, marks } : { kind: "text", text };

/** An order reaching the mapping's corners: markup characters and controls, breaks, every block kind and alignment, footnotes opening with a list, a heading or nothing. */
function edgeOrder(): OrderDoc {
  const base = sampleOrder();
  return {
    ...base,
    title: 'Order on <Motion> & "Request"\nSecond Line',
    body: [
      ...base.body,
      {
        kind: "paragraph",
        content: [t("A & B <c> \"d\" 'e'\u0001\u000b"), { kind: "lineBreak" }, t("under", "underline"), t("", "bold")],
        section: "discussion",
        align: "center",
      },
      {
        kind: "paragraph",
        content: [
          t("justified"),
          { kind: "footnoteRef", footnoteId: "list" },
          { kind: "footnoteRef", footnoteId: "heading" },
        ],
        section: "discussion",
        align: "justify",
        indent: false,
      },
      {
        kind: "paragraph",
        content: [
          t("empty note"),
          { kind: "footnoteRef", footnoteId: "empty" },
          { kind: "docket", token: { entries: ["9"], position: "sentence" } },
        ],
        section: "conclusion",
        keepWithNext: true,
      },
      { kind: "list", ordered: false, items: [[t("bullet")], []], section: "conclusion" },
    ],
    footnotes: {
      ...base.footnotes,
      list: [
        {
          kind: "list",
          ordered: true,
          items: [[t("one")], [t("two"), { kind: "footnoteRef", footnoteId: "history" }]],
          section: "discussion",
        },
      ],
      heading: [
        { kind: "heading", level: 2, content: [t("Note heading")], section: "discussion" },
        { kind: "blockQuote", content: [t("quoted")], section: "discussion" },
      ],
      empty: [],
    },
    signature: { signerLine: "JUDGE <NAME>", titleLine: "" },
    meta: { shortCaption: "", caseNumber: "1:23-cv-4 & 5", courtName: "" },
  };
}

describe("hand-built orders", () => {
  it.each([
    ["sample, plain", () => sampleOrder(), PLAIN_STYLE],
    ["sample, pleading", () => sampleOrder(), PLEADING_STYLE],
    ["long, plain", () => longOrder(60), PLAIN_STYLE],
    ["long, pleading", () => longOrder(60), PLEADING_STYLE],
    ["edge cases, default style", edgeOrder, DEFAULT_STYLE],
    ["edge cases, pleading", edgeOrder, PLEADING_STYLE],
    ["edge cases, wet signature", edgeOrder, { ...PLAIN_STYLE, headingStyle: "caps-centered" } as StyleProfile],
  ])("%s: writes the package docx writes", async (_name, order, style) => {
    await expectParity(order(), style);
  });
});
