import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCitations } from "./check-citations";
import type { Finding, FindingKind } from "./findings";

/**
 * The acceptance test of issue 16: every error row of the seed-error table in
 * shared/legal/README.md is reported on the seed's original text; the In re Flor and James rows
 * as notes only.
 */
const seed = (n: string) =>
  readFileSync(path.resolve(import.meta.dirname, `../../fixtures/cite-check/seeds/${n}.txt`), "utf8");
const findingsOf = (n: string) => checkCitations(seed(n)).findings;
const has = (findings: Finding[], kind: FindingKind, severity: "error" | "note", cited: RegExp) =>
  findings.some((f) => f.kind === kind && f.severity === severity && cited.test(f.citation.replace(/\s+/g, " ")));

describe("the seed-error table (legal/README.md), row by row", () => {
  const s000 = findingsOf("000");
  const s001 = findingsOf("001");
  const s002 = findingsOf("002");

  it('000: "Pimental … V. Pimentel" is misspelled and capitalizes "V."', () => {
    const finding = s000.find((f) => f.kind === "case-name" && /Pimental/.test(f.citation));
    expect(finding?.severity).toBe("error");
    expect(finding?.fix?.to).toBe("Pimentel & Sons Guitar Makers, Inc. v. Pimentel");
  });
  it('000: "Eisen v. Carlisle" lacks "& Jacquelin"', () => {
    expect(s000.find((f) => f.kind === "case-name" && /^Eisen/.test(f.citation))?.fix?.to).toBe(
      "Eisen v. Carlisle & Jacquelin",
    );
  });
  it("000: Coopers & Lybrand's quotation is at 475, quoting Fisons", () => {
    expect(s000.find((f) => f.kind === "pin-mismatch" && /Coopers/.test(f.citation))?.fix).toEqual({
      from: "474",
      to: "475",
    });
    expect(has(s000, "missing-quoting", "error", /Coopers/)).toBe(true);
  });
  it("000: In re Flor is advisory: notes, no error", () => {
    expect(s000.filter((f) => /In re Flor/.test(f.citation)).map((f) => f.severity)).not.toContain("error");
    // Flor is cited only for what it holds (issue 13): its findings are notes (the open last page, per curiam).
    expect(s000.some((f) => /In re Flor/.test(f.citation) && f.severity === "note")).toBe(true);
  });
  it("001: Pulliam's volume, first page and S. Ct. spacing", () => {
    expect(s001.find((f) => f.kind === "volume" && /Pulliam/.test(f.citation))?.fix?.to).toBe("466 U.S.");
    expect(s001.find((f) => f.kind === "first-page" && /Pulliam/.test(f.citation))?.fix?.to).toBe("U.S. 522");
    expect(s001.find((f) => f.kind === "reporter-spacing" && /Pulliam/.test(f.citation))?.fix?.to).toBe("S. Ct.");
  });
  it('001: "F.Supp.2d" and "n. 6"', () => {
    expect(s001.find((f) => f.kind === "reporter-spacing" && /Adam Bros/.test(f.citation))?.fix?.to).toBe(
      "F. Supp. 2d",
    );
    expect(s001.find((f) => f.kind === "pin-format" && /James/.test(f.citation))?.fix?.to).toBe("1067 n.6");
  });
  it("001: James is advisory: its open pin is a note; its only error is the spacing of n.6", () => {
    expect(has(s001, "pin-not-verified", "note", /James/)).toBe(true);
    expect(s001.filter((f) => /James/.test(f.citation) && f.severity === "error").map((f) => f.kind)).toEqual([
      "pin-format",
    ]);
  });
  it("001: Moore's subsequent history names no source", () => {
    expect(s001.find((f) => f.kind === "history-without-source" && /Moore/.test(f.citation))?.fix?.to).toMatch(
      /Federal Courts Improvement Act of 1996, Pub\. L\. No\. 104-317, § 309\(c\), 110 Stat\. 3853$/,
    );
  });
  it("002: Ahrenholz's first page, name and closing parenthesis", () => {
    expect(s002.find((f) => f.kind === "first-page" && /^Ahrenholz/.test(f.citation))?.fix?.to).toBe("F.3d 674");
    expect(has(s002, "case-name", "error", /^Ahrenholz/)).toBe(true);
    expect(has(s002, "unclosed-parenthesis", "error", /^Brizzee.*citing/)).toBe(true);
  });
  it("002: McDowell lacks (en banc)", () => {
    expect(has(s002, "weight-parenthetical", "error", /McDowell/)).toBe(true);
  });
  it('002: "at * 4"', () => {
    expect(s002.filter((f) => f.kind === "pin-format" && f.fix?.to === "*4")).toHaveLength(2);
  });
  it("002: the burden sentence is Fukuda's, not Villarreal's", () => {
    expect(s002.find((f) => f.kind === "statement-other-authority" && /Villarreal/.test(f.citation))?.fix?.to).toMatch(
      /^Fukuda v\. Cnty\. of Los Angeles, 630 F\. Supp\. 228, 229/,
    );
  });
});
