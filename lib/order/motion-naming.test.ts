import { describe, expect, it } from "vitest";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { printedOrder, styledDraft } from "./testing/styled-order";

const print = (decision: "grant" | "deny", style: StyleOverrides, stay = false) =>
  printedOrder(
    styledDraft(decision, style, stay ? { stay: { requested: true, kind: "proceedings", decision: "deny" } } : {}),
  ).text;

describe("naming the motion by its filed title where the ruling is announced", () => {
  it("announces and decrees a grant by the filed title (D. Conn., M.D. La.)", () => {
    const text = print("grant", { decree: { motionByTitle: true } });
    expect(text).toContain(
      "For the reasons stated below, the Court GRANTS Defendant’s Motion to Certify Order for Interlocutory Appeal.",
    );
    expect(text).toContain("1. Defendant’s Motion to Certify Order for Interlocutory Appeal (ECF No. 45) is GRANTED.");
  });

  it("disposes of a denial by the filed title in each decretal formula", () => {
    expect(print("deny", { decree: { form: "court-verb", motionByTitle: true } })).toContain(
      "For the foregoing reasons, the Court DENIES Defendant’s Motion to Certify Order for Interlocutory Appeal.",
    );
    expect(print("deny", { decree: { form: "accordingly", motionByTitle: true } })).toContain(
      "Accordingly, Defendant’s Motion to Certify Order for Interlocutory Appeal is HEREBY DENIED.",
    );
  });

  it("decrees certification apart when the motion also asks a stay it does not get", () => {
    const text = print("grant", { decree: { motionByTitle: true } }, true);
    expect(text).toContain("1. Defendant’s motion for certification under § 1292(b) is GRANTED.");
    expect(text).not.toContain("Interlocutory Appeal (ECF No. 45) is GRANTED");
  });

  it("denies certification as such in the discussion when the conclusion denies the filed motion by its title", () => {
    const text = printedOrder(
      styledDraft(
        "deny",
        { decree: { motionByTitle: true } },
        { reconsideration: { requested: true, decision: "deny" } },
      ),
    ).text;
    expect(text).toContain(
      "Accordingly, the Court DENIES certification of the January 5, 2026 Order for interlocutory appeal.",
    );
    expect(text).toContain(
      "Defendant’s Motion to Certify Order for Interlocutory Appeal (ECF No. 45) is HEREBY DENIED.",
    );
  });

  it("prints as before unless chosen", () => {
    const text = print("grant", {});
    expect(text).toContain("the Court GRANTS Defendant’s motion.");
    expect(text).toContain("1. Defendant’s motion for certification under");
  });
});

// Found by the property tests: under a "THIS MATTER" opening, movants called by one name were never named in full.
describe("the movants' name together under a THIS MATTER opening", () => {
  it("is introduced with the movants' names", () => {
    const draft = styledDraft(
      "grant",
      { introOpening: "this-matter" },
      {
        case: {
          parties: [
            { id: "p", name: "Acme Widgets, Inc.", side: "plaintiff" },
            { id: "d", name: "Wood Holdings LLC", side: "defendant" },
            { id: "e", name: "Wood Partners LP", side: "defendant" },
          ],
        },
        motion: { movantPartyIds: ["d", "e"], movantsShortName: "the Wood Defendants" },
      },
    );
    expect(printedOrder(draft).text).toContain(
      "THIS MATTER comes before the Court on the Motion to Certify Order for Interlocutory Appeal of Defendants Wood Holdings LLC and Wood Partners LP (collectively, “the Wood Defendants”) (ECF No. 45).",
    );
  });
});
