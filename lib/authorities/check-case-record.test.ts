import { describe, expect, it } from "vitest";
import { caseRecordProblems } from "./check-case-record";
import { defineCase } from "./define-authority";
import { pinPages } from "./pin-pages";

type CaseInput = Parameters<typeof defineCase>[0];

const SOURCE = "https://example.org/opinion";

/** A sound case: decided in its cited year, a last page after the first, a pin inside. */
const base: CaseInput = {
  id: "sample-v-case",
  name: "Sample v. Case",
  shortName: "Sample",
  cite: { volume: 100, reporter: "F.3d", firstPage: 200, lastPage: 210, lastPageSource: SOURCE },
  court: "9th Cir.",
  year: 2001,
  decided: "2001-05-04",
  decidedSource: SOURCE,
  circuit: "9th",
  isDistrictCourt: false,
  verification: { level: "cite-and-pin", source: SOURCE, checked: "2026-11-23" },
  propositions: [{ id: "point", pin: "209-10", statement: "A point.", pinVerified: true, pinSource: SOURCE }],
};

const reporterCite = { volume: 100, reporter: "F.3d", firstPage: 200 } as const;

function problemsOf(changes: Partial<CaseInput>): string[] {
  return caseRecordProblems(defineCase({ ...base, ...changes }));
}

function withPin(pin: string): Partial<CaseInput> {
  return { propositions: [{ ...base.propositions[0]!, pin }] };
}

describe("caseRecordProblems", () => {
  it("passes a sound case, one with no date or last page yet, and a pin on the last page", () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ decided: undefined, decidedSource: undefined, cite: reporterCite })).toEqual([]);
    expect(problemsOf(withPin("210"))).toEqual([]);
    expect(problemsOf(withPin("200 n.1"))).toEqual([]);
  });

  it("wants the URL with the date and with the last page, and neither URL alone", () => {
    expect(problemsOf({ decidedSource: undefined })).toEqual(["sample-v-case: decided and decidedSource go together"]);
    expect(problemsOf({ decided: undefined })).toEqual(["sample-v-case: decided and decidedSource go together"]);
    expect(problemsOf({ cite: { ...reporterCite, lastPage: 210 } })).toEqual([
      "sample-v-case: lastPage and lastPageSource go together",
    ]);
    expect(problemsOf({ cite: { ...reporterCite, lastPageSource: SOURCE } })).toEqual([
      "sample-v-case: lastPage and lastPageSource go together",
    ]);
  });

  it("flags a date outside the cited year, but not the last day of that year", () => {
    expect(problemsOf({ decided: "2002-01-01" })).toEqual([
      "sample-v-case: decided 2002-01-01 is not in the cited year 2001",
    ]);
    expect(problemsOf({ decided: "2001-12-31" })).toEqual([]);
  });

  it("flags a last page before the first page, but not a one-page opinion", () => {
    expect(problemsOf({ cite: { ...reporterCite, lastPage: 199, lastPageSource: SOURCE }, ...withPin("200") })).toEqual(
      [
        "sample-v-case: last page 199 is before the first page 200",
        "sample-v-case: pin 200 lies outside pages 200-199",
      ],
    );
    expect(problemsOf({ cite: { ...reporterCite, lastPage: 200, lastPageSource: SOURCE }, ...withPin("200") })).toEqual(
      [],
    );
  });

  it("flags a pin past the last page or before the first, and a range that ends past the last page", () => {
    expect(problemsOf(withPin("211"))).toEqual(["sample-v-case: pin 211 lies outside pages 200-210"]);
    expect(problemsOf(withPin("199"))).toEqual(["sample-v-case: pin 199 lies outside pages 200-210"]);
    expect(problemsOf(withPin("209-11"))).toEqual(["sample-v-case: pin 209-11 lies outside pages 200-210"]);
    expect(problemsOf(withPin("209-08"))).toEqual(["sample-v-case: pin 209-08 runs backwards"]);
  });

  it("checks only the first page while the last page is unknown", () => {
    expect(problemsOf({ cite: reporterCite, ...withPin("9999") })).toEqual([]);
    expect(problemsOf({ cite: reporterCite, ...withPin("150") })).toEqual([
      "sample-v-case: pin 150 lies outside pages 200-?",
    ]);
  });

  it("holds a Westlaw cite's decision date to the date in the cite", () => {
    const westlaw = { wl: "2001 WL 1234567", docketNumber: "No. 1:01-cv-1", date: "2001-05-04" } as const;
    expect(problemsOf({ cite: westlaw, ...withPin("*3") })).toEqual([]);
    expect(problemsOf({ cite: westlaw, decided: "2001-05-05", ...withPin("*3") })).toEqual([
      "sample-v-case: decided 2001-05-05 differs from the Westlaw cite's date 2001-05-04",
    ]);
  });

  it("checks a parallel cite's pins against its own pages", () => {
    const parallelCites = [
      { volume: 5, reporter: "S. Ct.", firstPage: 50, lastPage: 60, lastPageSource: SOURCE },
    ] as const;
    const pinned = (parallelPin: string): Partial<CaseInput> => ({
      parallelCites: [...parallelCites],
      propositions: [{ ...base.propositions[0]!, parallelPin }],
    });
    expect(problemsOf(pinned("60"))).toEqual([]);
    expect(problemsOf(pinned("61"))).toEqual(["sample-v-case (parallel): pin 61 lies outside pages 50-60"]);
  });
});

describe("pinPages", () => {
  it("reads pages, Bluebook-shortened ranges and footnotes, and gives no pages for a star page", () => {
    expect(pinPages("1026")).toEqual({ first: 1026, last: 1026 });
    expect(pinPages("1025-26")).toEqual({ first: 1025, last: 1026 });
    expect(pinPages("999-1001")).toEqual({ first: 999, last: 1001 });
    expect(pinPages("541-42")).toEqual({ first: 541, last: 542 });
    expect(pinPages("1067 n.6")).toEqual({ first: 1067, last: 1067 });
    expect(pinPages("*3")).toBeUndefined();
  });
});
