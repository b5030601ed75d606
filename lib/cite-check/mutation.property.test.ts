import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCitation, listAuthorities, plainText, type CaseAuthority, type Proposition } from "@/lib/authorities";
import { params } from "@/tests/property/config";
import { checkCitations } from "./check-citations";
import type { FindingKind } from "./findings";

/**
 * Issue 16's property: one random mutation (a letter of the name, the volume, the first page, the
 * year, the reporter's spacing) of a correct library citation yields exactly the matching error.
 */

/** Cases cited by reporter, each with a proposition printed plainly (no nested authority to muddle the mutation). */
const CASES = listAuthorities()
  .filter((a): a is CaseAuthority => a.kind === "case" && !("wl" in a.cite))
  .map((authority) => ({
    authority,
    proposition: authority.propositions.find(
      (p: Proposition) => p.pin && !p.quoting && !p.citing && !p.quotingText && !p.parenthetical && !p.citationOmitted,
    ),
  }));

const citationOf = ({ authority, proposition }: (typeof CASES)[number]) =>
  plainText(formatCitation(authority, proposition, "full", { capitalize: false }));

const errorsOf = (text: string) =>
  checkCitations(text)
    .findings.filter((f) => f.severity === "error")
    .map((f) => f.kind);

type Mutation = { kind: FindingKind; apply: (citation: string, authority: CaseAuthority) => string | undefined };

/** A reporter spaced otherwise: "F. Supp. 2d" → "F.Supp.2d", "F.3d" → "F. 3d", "U.S." → "U. S.". */
const respaced = (reporter: string) =>
  reporter.includes(" ") ? reporter.replace(/ /g, "") : reporter.replace(".", ". ");

const mutations = (letter: number, shift: number): Mutation[] => [
  {
    kind: "case-name",
    apply: (citation, authority) => {
      const word = authority.name.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
      if (!/^[A-Za-z]{4,}/.test(word)) return undefined;
      const at = 1 + (letter % (word.length - 2));
      const replaced = word[at] === "x" ? "q" : "x";
      const changed = word.slice(0, at) + replaced + word.slice(at + 1);
      return citation.replace(word, changed);
    },
  },
  {
    kind: "volume",
    apply: (citation, { cite }) =>
      "wl" in cite
        ? undefined
        : citation.replace(`${cite.volume} ${cite.reporter}`, `${cite.volume + shift} ${cite.reporter}`),
  },
  {
    kind: "first-page",
    apply: (citation, { cite }) =>
      "wl" in cite
        ? undefined
        : citation.replace(`${cite.reporter} ${cite.firstPage}`, `${cite.reporter} ${cite.firstPage + shift}`),
  },
  {
    kind: "year",
    apply: (citation, { year }) => citation.replace(new RegExp(`${year}\\)`), `${year + shift})`),
  },
  {
    kind: "reporter-spacing",
    apply: (citation, { cite }) =>
      "wl" in cite ? undefined : citation.replace(` ${cite.reporter} `, ` ${respaced(cite.reporter)} `),
  },
];

describe("one mutation of a correct library citation", () => {
  it("leaves every library case's correct citation without an error", () => {
    const wrong = CASES.map((c) => [citationOf(c), errorsOf(`${citationOf(c)}.`)] as const).filter(
      ([, e]) => e.length > 0,
    );
    expect(wrong).toEqual([]);
  });

  it("yields exactly the matching finding", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        fc.integer({ min: 0, max: 4 }),
        fc.nat(50),
        fc.integer({ min: 1, max: 9 }),
        (entry, which, letter, shift) => {
          const mutation = mutations(letter, shift)[which]!;
          const correct = citationOf(entry);
          const mutated = mutation.apply(correct, entry.authority);
          fc.pre(mutated !== undefined && mutated !== correct);
          expect(errorsOf(`${mutated}.`)).toEqual([mutation.kind]);
        },
      ),
      params(200),
    );
  });
});
