import { describe, expect, it } from "vitest";
import { checkCitations } from "@/lib/cite-check/check-citations";
import { listAuthorities } from "@/lib/authorities";
import { ChambersAuthorityInputSchema, type ChambersAuthorityInput } from "./schema";
import { EXAMPLE_ENTRY } from "./testing";
import { chambersAuthorityId, toChambersAuthority } from "./to-authority";

/** A clerk's entry, with a quotation (the case is the tests' own: nothing here enters a library). */
const entry: ChambersAuthorityInput = {
  ...EXAMPLE_ENTRY,
  propositions: [
    {
      statement: 'Certification is "a narrow exception to the rule of final judgments."',
      pin: "105",
      quote: "a narrow exception to the rule of final judgments",
    },
  ],
};

const issuesOf = (input: unknown) =>
  ChambersAuthorityInputSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("a chambers authority", () => {
  it("takes a complete, consistent entry", () => {
    expect(issuesOf(entry)).toEqual([]);
  });

  it("names each field that is wrong", () => {
    expect(issuesOf({ ...entry, lastPage: 90 })).toContain("lastPage: The last page comes after the first");
    expect(issuesOf({ ...entry, propositions: [{ ...entry.propositions[0], pin: "120" }] })).toContain(
      "propositions.0.pin: The pin must be within the opinion, pages 100-112",
    );
    expect(issuesOf({ ...entry, propositions: [{ ...entry.propositions[0], quote: "not there" }] })).toContain(
      "propositions.0.quote: Put the quoted words in the statement, inside quotation marks",
    );
    expect(issuesOf({ ...entry, sourceUrl: "somewhere" })).toContain(
      "sourceUrl: Give the address where you read the opinion",
    );
    expect(issuesOf({ ...entry, propositions: [] })).toContain("propositions: Add at least one proposition");
  });

  it("becomes a library case of level chambers that the cite-check verifies, with who verified it", () => {
    const authority = toChambersAuthority({
      id: chambersAuthorityId(entry.name, "abc123"),
      input: entry,
      verifiedBy: "Jane Clerk",
    });
    expect(authority.id).toBe("chambers-doe-v-roe-holdings-inc-abc123");
    expect(authority.verification.level).toBe("chambers");
    const result = checkCitations(
      'Certification is "a narrow exception to the rule of final judgments." Doe v. Roe Holdings, Inc., 12 F.4th 100, 104 (9th Cir. 2021).',
      {
        authorities: [...listAuthorities(), authority],
      },
    );
    expect(result.findings.map((f) => `${f.severity} ${f.kind}`)).toEqual([
      "error pin-mismatch",
      "note chambers-verified",
    ]);
    expect(result.findings[1]?.message).toContain(
      "verified by Jane Clerk on 2026-12-01 at https://example.org/doe-v-roe",
    );
    const withoutIt = checkCitations("Doe v. Roe Holdings, Inc., 12 F.4th 100, 105 (9th Cir. 2021).");
    expect(withoutIt.findings.map((f) => f.kind)).toEqual(["not-verified"]);
  });
});
