import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { checkProse, orderParagraphs } from "@/lib/prose";
import { clerkTexts } from "@/lib/prose/clerk-texts";
import { renderDocx } from "@/lib/render/docx";
import { readDocx } from "@/lib/render/testing/read-docx";
import { CORPUS_CASES, CorpusExpectSchema, CorpusOrderFactsSchema, type CorpusCase } from "./corpus/expect-schema";
import { checkFacts, NOT_COMPARED } from "./corpus/facts";
import { KNOWN_GAPS } from "./corpus/known-gaps";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/corpus");
const expected = CorpusExpectSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, "expect.json"), "utf8")));
const gapKey = (fact: string, value: string) => `${fact}: ${value}`;

const fixture = (id: CorpusCase): unknown => JSON.parse(readFileSync(path.join(CORPUS, `case-${id}.json`), "utf8"));

/** A corpus fixture drafted through the real pipeline. */
function drafted(id: CorpusCase) {
  const draft = MotionDraftSchema.parse(fixture(id));
  return { draft, ...draftOrder(draft) };
}

/** Each fact of the order held against the Word file read back with mammoth (footnotes after the body). */
async function factChecks(id: CorpusCase) {
  const { draft, doc, findings, style } = drafted(id);
  const { text, footnotesText } = await readDocx(await renderDocx(doc, style));
  return checkFacts(expected[id], { text: `${text}\n${footnotesText}`, title: doc.title, draft, findings });
}

it("lists each known gap once, with its reason", () => {
  const keys = KNOWN_GAPS.map((gap) => `${gap.case} ${gapKey(gap.fact, gap.expected)}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const gap of KNOWN_GAPS) expect(gap.why.length, `${gap.case} ${gap.fact}`).toBeGreaterThan(20);
});

it("compares every fact of expect.json somewhere in the corpus, or says why not", async () => {
  // "judge.name", "movant.side", …: a fact of an object one level down is a fact of its own.
  const facts = Object.entries(CorpusOrderFactsSchema.shape).flatMap(([key, schema]) =>
    schema instanceof z.ZodObject ? Object.keys(schema.shape).map((sub) => `${key}.${sub}`) : [key],
  );
  const compared = new Set<string>();
  for (const id of CORPUS_CASES)
    for (const check of await factChecks(id)) compared.add(check.fact.replace(/^name\..*$/, "name"));
  expect(facts.filter((fact) => !compared.has(fact)).sort()).toEqual(Object.keys(NOT_COMPARED).sort());
});

describe.each(CORPUS_CASES)("corpus order %s", (id) => {
  const gaps = KNOWN_GAPS.filter((gap) => gap.case === id && !gap.fact.startsWith("prose."));
  const proseGaps = KNOWN_GAPS.filter((gap) => gap.case === id && gap.fact.startsWith("prose."));

  it("is a draft of the current schema, every answer in it read (none misspelled and dropped)", () => {
    expect(MotionDraftSchema.parse(fixture(id))).toEqual(fixture(id));
  });

  it("prints every fact the court printed that the draft can state, and misses exactly the known gaps", async () => {
    const missed = (await factChecks(id))
      .filter((check) => !check.passes)
      .map((check) => gapKey(check.fact, check.expected));
    expect(missed.sort()).toEqual(gaps.map((gap) => gapKey(gap.fact, gap.expected)).sort());
  });

  it("has nothing a judge would strike, but for the known gaps", () => {
    const { draft, doc, style } = drafted(id);
    const prose = checkProse(orderParagraphs(doc, style), { clerkTexts: clerkTexts(draft) });
    expect(prose.map((finding) => gapKey(`prose.${finding.rule}`, finding.excerpt)).sort()).toEqual(
      proseGaps.map((gap) => gapKey(gap.fact, gap.expected)).sort(),
    );
  });
});
