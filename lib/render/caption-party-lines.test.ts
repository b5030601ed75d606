import { describe, expect, it } from "vitest";
import { captionPartyLines } from "./caption-party-lines";
import { sampleOrder } from "./testing/order-fixtures";

describe("captionPartyLines", () => {
  it("ends names with a comma, labels Plaintiff, / Defendants., and puts v. between", () => {
    expect(captionPartyLines(sampleOrder().caption)).toEqual([
      { role: "name", text: "JAMES LINLOR," },
      { role: "label", text: "Plaintiff," },
      { role: "versus", text: "v." },
      { role: "name", text: "FUTERO, INC.; and DOES 1-9," },
      { role: "label", text: "Defendants." },
    ]);
  });

  it("keeps punctuation already present and prints several names one per line", () => {
    const caption = {
      ...sampleOrder().caption,
      plaintiffs: { names: ["JANE ROE;", "JOHN ROE,"], label: "Plaintiffs," },
      defendants: { names: ["ACME CORP."], label: "Defendant." },
    };
    expect(captionPartyLines(caption).map((line) => line.text)).toEqual([
      "JANE ROE;",
      "JOHN ROE,",
      "Plaintiffs,",
      "v.",
      "ACME CORP.",
      "Defendant.",
    ]);
  });
});
