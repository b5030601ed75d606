import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { orderPlainText } from "@/lib/render/plain-text";
import { readDocx } from "@/lib/render/testing/read-docx";
import { FixtureExpectationSchema } from "./fixture-expectations";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

const fixtureFiles = ["seeds", "grants", "circuits"].flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((file) => /^\d{3}\.json$/.test(file))
    .map((file) => path.join(set, file)),
);

/** Whitespace-insensitive text for comparisons (Word runs and line breaks split text arbitrarily). */
const normalize = (text: string) =>
  text
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .trim();

describe.each(fixtureFiles)("fixture %s", (file) => {
  const draft = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
  const expected = FixtureExpectationSchema.parse(
    JSON.parse(readFileSync(path.join(FIXTURES, file.replace(".json", ".expected.json")), "utf8")),
  );
  const { doc, findings, style } = draftOrder(draft);

  it("reaches the findings the court made", () => {
    expect(findings.certification.disposition).toBe(expected.findings.certification);
    expect(
      Object.fromEntries(findings.certification.elements.map((element) => [element.element, element.status])),
    ).toEqual(expected.findings.elements);
    expect(findings.reconsideration.disposition).toBe(expected.findings.reconsideration);
    expect(findings.stay.disposition).toBe(expected.findings.stay);
    expect(findings.warnings.map((warning) => warning.code).sort()).toEqual([...expected.findings.warnings].sort());
  });

  it("renders a Word order that reads back with every expected part", async () => {
    const docx = await readDocx(await renderDocx(doc, style));
    const text = normalize(docx.text);
    const footnotes = normalize(docx.footnotesText);
    const all = `${text} ${footnotes}`;
    for (const line of expected.court) expect(text).toContain(line);
    expect(text).toContain(expected.caption.plaintiffs);
    expect(text).toContain(expected.caption.defendants);
    expect(text).toContain(expected.caption.caseNumber);
    expect(text).toContain(expected.title);
    for (const heading of expected.headings) expect(text).toContain(heading);
    for (const disposition of expected.dispositions) expect(all).toContain(normalize(disposition));
    let from = 0;
    for (const citation of expected.citations) {
      const at = all.indexOf(normalize(citation), from);
      expect(at, `citation in reading order: ${citation}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const ref of expected.docketRefs) expect(all).toContain(normalize(ref));
    for (const footnote of expected.footnotes) expect(footnotes).toContain(normalize(footnote));
    for (const line of expected.signature) expect(text).toContain(line);
    for (const phrase of expected.mustContain) expect(all).toContain(normalize(phrase));
    for (const phrase of expected.mustNotContain) expect(all).not.toContain(phrase);
    expect(docx.headerXml.includes(">28<")).toBe(expected.pleadingPaper);
  });

  it("prints the same text in Word as in the plain-text model", async () => {
    const docx = await readDocx(await renderDocx(doc, style));
    const model = normalize(orderPlainText(doc, style));
    for (const paragraph of docx.text
      .split(/\n+/)
      .map(normalize)
      .filter((line) => line.length > 20)) {
      expect(model).toContain(paragraph);
    }
  });
});
