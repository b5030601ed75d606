import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { checkProse, orderParagraphs } from "@/lib/prose";
import { clerkTexts } from "@/lib/prose/clerk-texts";
import { renderDocx } from "@/lib/render/docx";
import { readDocx } from "@/lib/render/testing/read-docx";
import { CORPUS_CASES, CorpusExpectSchema } from "./corpus/expect-schema";
import { checkFacts } from "./corpus/facts";
import { KNOWN_GAPS } from "./corpus/known-gaps";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/corpus");
const expected = CorpusExpectSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, "expect.json"), "utf8")));
const gapKey = (fact: string, value: string) => `${fact}: ${value}`;

it("lists each known gap once, with its reason", () => {
  const keys = KNOWN_GAPS.map((gap) => `${gap.case} ${gapKey(gap.fact, gap.expected)}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const gap of KNOWN_GAPS) expect(gap.why.length, `${gap.case} ${gap.fact}`).toBeGreaterThan(20);
});

describe.each(CORPUS_CASES)("corpus order %s", (id) => {
  const draft = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, `case-${id}.json`), "utf8")));
  const { doc, findings, style } = draftOrder(draft, { today: "2026-11-23" });
  const gaps = KNOWN_GAPS.filter((gap) => gap.case === id && !gap.fact.startsWith("prose."));
  const proseGaps = KNOWN_GAPS.filter((gap) => gap.case === id && gap.fact.startsWith("prose."));

  it("prints every fact the court printed that the draft can state, and misses exactly the known gaps", async () => {
    const { text, footnotesText } = await readDocx(await renderDocx(doc, style));
    const checks = checkFacts(expected[id], { text: `${text}\n${footnotesText}`, title: doc.title, draft, findings });
    const missed = checks.filter((check) => !check.passes).map((check) => gapKey(check.fact, check.expected));
    expect(missed.sort()).toEqual(gaps.map((gap) => gapKey(gap.fact, gap.expected)).sort());
  });

  it("has nothing a judge would strike, but for the known gaps", () => {
    const prose = checkProse(orderParagraphs(doc, style), { clerkTexts: clerkTexts(draft) });
    expect(prose.map((finding) => gapKey(`prose.${finding.rule}`, finding.excerpt)).sort()).toEqual(
      proseGaps.map((gap) => gapKey(gap.fact, gap.expected)).sort(),
    );
  });
});
