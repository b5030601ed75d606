import { describe, expect, it } from "vitest";
import { checkStaySlice } from "./stay-checks";

const paths = (stay: Parameters<typeof checkStaySlice>[0]["stay"]) =>
  checkStaySlice({ stay, analysis: {} } as Parameters<typeof checkStaySlice>[0]).map((issue) => issue.path);

describe("checkStaySlice", () => {
  it("names each answer another answer makes necessary", () => {
    expect(paths({ kind: "proceedings-pending-other-court" })).toEqual(["stay.otherCourt"]);
    expect(paths({ decision: "grant-in-part", partGranted: "  " })).toEqual(["stay.partGranted"]);
    expect(paths({ statusReportBy: "days" })).toEqual(["stay.statusReportDays"]);
    expect(paths({ statusReportBy: "date" })).toEqual(["stay.statusReportDate"]);
  });

  it("asks nothing more of a complete or a plain stay", () => {
    expect(paths({})).toEqual([]);
    expect(
      paths({
        kind: "proceedings-pending-other-court",
        otherCourt: "the Fifth Circuit's decision in Doe v. Roe",
        decision: "grant-in-part",
        partGranted: "discovery",
        statusReportBy: "days",
        statusReportDays: 30,
      }),
    ).toEqual([]);
  });
});
