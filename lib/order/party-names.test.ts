import { describe, expect, it } from "vitest";
import type { Party } from "@/lib/motion/schema";
import { designateParties } from "./party-names";

const party = (id: string, name: string, side: Party["side"] = "plaintiff"): Party => ({ id, name, side });

// Found by the property tests: an export-ready draft may have a movant not yet named (readiness asks
// for one named party per side, not for named movants); its blank name printed "Plaintiff   's motion".
describe("designateParties", () => {
  const all = [
    party("a", "Acme Corp."),
    party("b", "   "),
    party("c", "  Beta LLC  "),
    party("d", "Futero", "defendant"),
  ];

  it.each([
    [["b"], "Plaintiff", "Plaintiff's", ""],
    [["a", "b"], "Plaintiffs Acme Corp.", "Plaintiffs Acme Corp.'s", "Acme Corp."],
    [["c"], "Plaintiff Beta LLC", "Plaintiff Beta LLC's", "Beta LLC"],
    [["a", "b", "c"], "Plaintiffs", "Plaintiffs'", "Acme Corp. and Beta LLC"],
  ])("designates %j as %j", (ids, label, possessive, names) => {
    const designation = designateParties(
      all.filter((p) => ids.includes(p.id)),
      all,
    );
    expect(designation).toMatchObject({ label, possessive, names });
  });
});

// Read in a corpus order typed with the caption's "et al.": "the motion of Defendants City of Elgin
// (“Elgin”)" named one party with a plural role. The introduction keeps the "et al." the plural rests on.
describe("a short name for a party named with et al.", () => {
  const elgin: Party = { ...party("e", "City of Elgin, et al.", "defendant"), shortName: "Elgin" };
  const all = [party("p", "Ann Jones"), elgin, party("m", "Thomas Mattis", "defendant")];

  it("introduces the group with its et al., and calls it by the short name", () => {
    expect(designateParties([elgin], all)).toMatchObject({
      introduction: 'Defendants City of Elgin, et al. ("Elgin")',
      label: "Elgin",
      possessive: "Elgin's",
    });
  });
});
