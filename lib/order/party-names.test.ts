import { describe, expect, it } from "vitest";
import type { Party } from "@/lib/motion/schema";
import { makeDraft } from "@/lib/motion/testing";
import { designateMovant, designateParties } from "./party-names";

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

// docs/corpus.md, noticed while drafting corpus 19: with a short name for each movant the first
// mention dropped their role ("the motion of State of Louisiana (“the State”) and …").
describe("a short name for each of several movants", () => {
  const state: Party = { ...party("s", "State of Louisiana", "defendant"), shortName: "the State" };
  const secretary: Party = {
    ...party("k", "Secretary of State of Louisiana", "defendant"),
    shortName: "the Secretary",
  };
  const all = [party("p", "Louisiana State Conference of the NAACP"), state, secretary];

  it("keeps their role on first mention, and then calls each by its short name", () => {
    expect(designateParties([state, secretary], all)).toMatchObject({
      introduction: 'Defendants State of Louisiana ("the State") and Secretary of State of Louisiana ("the Secretary")',
      label: "the State and the Secretary",
    });
  });
});

// Corpus 22: "Hardin County Board of Education" in the caption, "Hardin County, Tennessee Board of Education" in the text.
describe("a party named one way in the caption and another in the text", () => {
  const board: Party = {
    ...party("b", "Hardin County Board of Education", "defendant"),
    textName: "Hardin County, Tennessee Board of Education",
  };
  const all = [party("p", "Melanie Nixon"), board, party("t", "John Thomas", "defendant")];

  it("is named in the text by its text name", () => {
    expect(designateParties([board], all)).toMatchObject({
      label: "Defendant Hardin County, Tennessee Board of Education",
      names: "Hardin County, Tennessee Board of Education",
    });
  });
});

// Corpus 14 (six InterDigital defendants, "collectively “IDC”") and 15 ("the Orrstown Defendants").
describe("a name for the movants together", () => {
  const defendants = ["InterDigital, Inc.", "InterDigital Communications, Inc.", "IPR Licensing, Inc."].map((name, i) =>
    party(`d${i}`, name, "defendant"),
  );
  const draftWith = (movantsShortName: string, movantPartyIds: string[]) =>
    makeDraft({
      case: { parties: [party("p", "Microsoft Mobile, Inc."), ...defendants] },
      motion: { movantPartyIds, movantsShortName, attachmentNumbers: [] },
    });

  it("names them in full on first mention, collectively by the name, and by the name after", () => {
    expect(designateMovant(draftWith("IDC", ["d0", "d1", "d2"]))).toMatchObject({
      introduction:
        'Defendants InterDigital, Inc., InterDigital Communications, Inc., and IPR Licensing, Inc. (collectively, "IDC")',
      introducesShortName: true,
      label: "IDC",
      possessive: "IDC's",
      isPlural: false,
    });
  });

  it("agrees with a plural name", () => {
    expect(designateMovant(draftWith("the Orrstown Defendants", ["d0", "d1"]))).toMatchObject({
      label: "the Orrstown Defendants",
      labelStart: "The Orrstown Defendants",
      possessive: "the Orrstown Defendants'",
      isPlural: true,
    });
  });

  it("is not used for one movant, nor when left blank", () => {
    expect(designateMovant(draftWith("IDC", ["d0"])).label).toBe("Defendant InterDigital, Inc.");
    expect(designateMovant(draftWith("  ", ["d0", "d1"])).label).toBe(
      "Defendants InterDigital, Inc. and InterDigital Communications, Inc.",
    );
  });
});
