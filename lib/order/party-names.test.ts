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
