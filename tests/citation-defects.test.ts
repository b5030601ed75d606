import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getAuthority, getProposition } from "@/lib/authorities";
import type { CaseAuthority } from "@/lib/authorities/types";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { orderPlainText } from "@/lib/render/plain-text";
import { FORMULATIONS } from "@/lib/standards/formulations";

const caseOf = (id: string) => getAuthority(id) as CaseAuthority;
const seedText = (seed: string) => {
  const draft = MotionDraftSchema.parse(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../fixtures/seeds/${seed}.json`), "utf8")),
  );
  const { doc, style } = draftOrder(draft);
  return orderPlainText(doc, style).replace(/\s+/g, " ");
};

/** The audit's citation defects (issue 13), each settled from a source or flagged as open. */
describe("citation defects", () => {
  it("McDowell: no (quoting 389 Orange St.) parenthetical without a source showing the quotation marks; the question is recorded", () => {
    const proposition = getProposition("mcdowell-v-calderon", "highly-unusual-circumstances");
    expect(proposition.quoting).toBeUndefined();
    expect(proposition.note).toMatch(/389 Orange St\. Partners v\. Arnold, 179 F\.3d 656, 665/);
  });

  it("Moore: decided September 23, 1996, and its history names the superseding statute with its Statutes at Large page", () => {
    const moore = caseOf("moore-v-brewster");
    expect(moore.decided).toBe("1996-09-23");
    expect(moore.verification.note).not.toMatch(/decided Aug\. 9/);
    expect(moore.subsequentHistory?.[0]?.text).toContain(
      "Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c), 110 Stat. 3853",
    );
  });

  it("In re Flor is cited only for what it holds; the burden sentence rests on a verified authority (seed 000)", () => {
    expect(caseOf("in-re-flor").propositions.some((p) => /burden/i.test(p.statement))).toBe(false);
    const text = seedText("000");
    const burden = text.slice(text.indexOf("The party seeking certification bears the burden"));
    expect(burden.slice(0, 300)).toMatch(/Fukuda v\. Cnty\. of Los Angeles, 630 F\. Supp\. 228, 229/);
    expect(burden.slice(0, 300).indexOf("Fukuda")).toBeLessThan(burden.indexOf("In re Flor"));
  });

  it("ICTSI: no pin verified, so no formulation relies on it by default; the clerk may still choose it", () => {
    for (const formulation of Object.values(FORMULATIONS))
      for (const refs of Object.values(formulation))
        expect(refs.map((r) => r.authorityId)).not.toContain("ictsi-v-ilwu");
    expect(getProposition("ictsi-v-ilwu", "question-of-fact").pinVerified).toBe(false);
  });

  it("James: footnote 6's page is flagged for the reviewer with both pages", () => {
    const james = caseOf("james-v-price-stern-sloan");
    expect(getProposition("james-v-price-stern-sloan", "construed-narrowly").pinVerified).toBe(false);
    expect(james.cautions?.join(" ")).toMatch(/1067 n\.6.*1068 n\.6/);
  });

  it("§ 1983's 1996 amendment speaks of state actors: cited for a federal magistrate judge only by analogy (cf.), with a caution", () => {
    const statute = getAuthority("42-usc-1983");
    expect(statute.cautions?.join(" ")).toMatch(/by analogy/);
    expect(seedText("001")).toContain("Cf. 42 U.S.C. § 1983");
  });
});
