import { describe, expect, it } from "vitest";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { printedOrder, styledDraft } from "./testing/styled-order";

/** A W.D. Tex. denial whose motion (Dkt. 92) the clerk named "Mot. Interloc. App."; the response (Dkt. 95) unnamed. */
const print = (style: StyleOverrides) =>
  printedOrder(
    styledDraft("deny", style, {
      case: { districtId: "txwd" },
      motion: { docketNumber: "92" },
      docketEntries: [
        { id: "e1", number: "92", date: "2026-01-12", citeName: "Mot. Interloc. App.", narrative: "Defendant moved." },
        { id: "e2", number: "95", date: "2026-01-20", narrative: "Plaintiff responded." },
      ],
    }),
  ).text;

describe("filings cited by the name the clerk gave them", () => {
  it("prints the name before the number in chambers that cite by name", () => {
    const text = print({ docketCite: { form: "dkt-paren" } });
    expect(text).toContain("Defendant moved. (Mot. Interloc. App., Dkt. 92.)");
    // An entry the clerk did not name is cited by number alone.
    expect(text).toContain("Plaintiff responded. (Dkt. 95.)");
  });

  it("leaves the name out where the chambers cites by number", () => {
    const text = print({ docketCite: { form: "ecf-no" } });
    expect(text).toContain("ECF No. 92");
    expect(text).not.toContain("Mot. Interloc. App.");
  });
});
