/**
 * No text a clerk types is ever read as template code or Markdown: Liquid (`{{ }}`, `{% %}`) and
 * Markdown (headings, lists, links, HTML, footnotes, directives, code) typed into a name, a title,
 * the case number, the judge's name or the clerk's prose prints literally, and the order has
 * exactly the structure (blocks, headings, lists, emphasis) it has with plain words in their place.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MotionDraft } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import type { Block, Inline, OrderDoc } from "@/lib/order-doc/types";
import { orderPlainText } from "@/lib/render/plain-text";
import { readyDraft } from "./arbitraries";
import { params, TIMEOUT } from "./config";
import { normalize, printed, verbatimPieces, withoutAsterisks } from "./printed-form";

/** Template and Markdown syntax, one line each (a blank line in clerk prose is a paragraph break, by design). */
const SYNTAX = [
  "{{ movant.label }}",
  "{{ draft | json }}",
  "{% if true %}yes{% endif %}",
  "{%- raw -%}{{ x }}{%- endraw -%}",
  "{% include '1292b/title' %}",
  "{{ 'a' | upcase }}",
  "{% assign x = 1 %}{{ x }}",
  "{# comment #}",
  "# Heading",
  "## Heading",
  "- item",
  "+ item",
  "1. item",
  "1) item",
  "> quote",
  "`code`",
  "``` fence ```",
  "[link](http://x.example)",
  "![image](x.png)",
  "<b>html</b>",
  "<script>alert(1)</script>",
  "[^1]",
  "[^stay]: note",
  ":cite[28-usc-1292-b]{}",
  ":docket[49]{pos=sentence}",
  "::section{id=stay}",
  ":::note",
  "---",
  "***",
  "___",
  "| a | b |",
  "&amp; &lt;",
  "&#x3C;b&#x3E;",
  "~~strike~~",
  "<http://x.example>",
  "Setext\n===",
  "_under_",
  "__strong__",
  "\\*not\\*",
  "[[not a marker]]",
  "line\n- item",
  "a\\\nb",
];

/** One-line fields a name or title goes in: they may hold line breaks too, and must not split a paragraph or open a code block. */
const SHORT_SYNTAX = [...SYNTAX, "a  \nb", "two\n\nparagraphs", "x\n\n    indented code", "x\n\n\t# heading"];

type Texts = {
  name: string;
  title: string;
  caseNumber: string;
  judge: string;
  prose: string;
  inline: string;
  questions: number;
};

function withTexts(draft: MotionDraft, t: Texts): MotionDraft {
  const parties = draft.case.parties.map((party, i) => (i === 0 ? { ...party, name: `${t.name} Corp.` } : party));
  return {
    ...draft,
    case: {
      ...draft.case,
      parties,
      caseNumber: t.caseNumber,
      judge: { ...draft.case.judge, name: `Judge ${t.judge}` },
    },
    motion: { ...draft.motion, titleAsFiled: `Motion ${t.title}`, reliefSought: `Before ${t.prose} after.` },
    // Clerk prose printed mid-sentence or as a list item: a blank line in it must not break the sentence or the list.
    orderUnderReview: { ...draft.orderUnderReview, decided: `denying ${t.inline} leave` },
    certification: {
      ...draft.certification,
      questions: Array.from({ length: t.questions }, (_, i) => ({
        id: `question-literal-${i}`,
        text: `Whether ${t.inline} holds`,
      })),
    },
    docketEntries: [
      { id: "entry-literal", date: "2020-01-02", narrative: `Plaintiff filed ${t.prose} here.` },
      ...draft.docketEntries,
    ],
  };
}

/** What a block looks like without its words: kind, level, and each inline's kind and marks. */
function shape(doc: OrderDoc): string[] {
  const inlines = (content: Inline[]) =>
    content.map((inline) => (inline.kind === "text" ? `text${(inline.marks ?? []).join("+")}` : inline.kind)).join(",");
  const block = (b: Block) =>
    b.kind === "list"
      ? `list:${b.ordered}:${b.items.map(inlines).join("|")}`
      : `${b.kind}${b.kind === "heading" ? b.level : ""}:${inlines(b.content)}`;
  return [...doc.body.map(block), ...Object.values(doc.footnotes).flatMap((blocks) => blocks.map(block))];
}

describe("template and Markdown syntax typed by a clerk", () => {
  it(
    "prints literally and changes nothing in the order's structure",
    () => {
      const texts = fc.record({
        name: fc.constantFrom(...SHORT_SYNTAX),
        title: fc.constantFrom(...SHORT_SYNTAX),
        caseNumber: fc.constantFrom(...SHORT_SYNTAX),
        judge: fc.constantFrom(...SHORT_SYNTAX),
        prose: fc.constantFrom(...SYNTAX),
        inline: fc.constantFrom(...SHORT_SYNTAX),
        questions: fc.integer({ min: 1, max: 3 }),
      });
      fc.assert(
        fc.property(readyDraft, texts, (base, t) => {
          const hostile = draftOrder(withTexts(base, t));
          const words = {
            name: "Plain",
            title: "Plain",
            caseNumber: "Plain",
            judge: "Plain",
            prose: "Plain",
            inline: "Plain",
          };
          const plain = draftOrder(withTexts(base, { ...words, questions: t.questions }));
          expect(shape(hostile.doc)).toEqual(shape(plain.doc));

          const text = normalize(orderPlainText(hostile.doc, hostile.style));
          expect(text, "party name in the caption").toContain(printed(`${t.name} Corp.`).toLocaleUpperCase("en-US"));
          expect(text, "title").toContain(printed(`Motion ${t.title}`).toUpperCase());
          expect(text, "case number").toContain(printed(t.caseNumber));
          const judge = printed(`Judge ${t.judge}`);
          expect(text, "judge's name").toContain(
            hostile.style.signature.form === "caps-name" ? judge.toLocaleUpperCase("en-US") : judge,
          );
          const starless = withoutAsterisks(text);
          for (const piece of verbatimPieces(`Before ${t.prose} after.`))
            expect(starless, "relief sought").toContain(piece);
          for (const piece of verbatimPieces(`Plaintiff filed ${t.prose} here.`))
            expect(starless, "narrative").toContain(piece);
          if (hostile.style.introOpening === "this-matter")
            expect(starless, "order decided").toContain(withoutAsterisks(printed(`denying ${t.inline} leave`)));
          if (hostile.findings.certification.disposition === "granted")
            expect(starless, "question").toContain(withoutAsterisks(printed(`Whether ${t.inline} holds`)));
        }),
        params(30),
      );
    },
    TIMEOUT,
  );
});
