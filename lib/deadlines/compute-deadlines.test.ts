import { describe, expect, it } from "vitest";
import { addDaysFrap26 } from "./add-days-frap26";
import { computeDeadlines } from "./compute-deadlines";
import { RelatedDeadlineSchema, type HolidayRegion, type RelatedDeadline } from "./schema";

const DNH: HolidayRegion = { country: "US", state: "NH", circuitClerkState: "MA" }; // D.N.H.; First Circuit clerk in Boston
const DMASS: HolidayRegion = { country: "US", state: "MA", circuitClerkState: "MA" };
const SDCAL: HolidayRegion = { country: "US", state: "CA", circuitClerkState: "CA" };

const byId = (deadlines: RelatedDeadline[], id: RelatedDeadline["id"]) => {
  const found = deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const dueOf = (deadline: RelatedDeadline) =>
  deadline.status === "computed" ? deadline.period.dueDate : deadline.status;

describe("computeDeadlines: the petition and the periods that follow it", () => {
  it("computes the petition from entry and waits for the other triggers", () => {
    const deadlines = computeDeadlines("2026-03-04", SDCAL);
    expect(deadlines.map((d) => [d.id, dueOf(d)])).toEqual([
      ["petition", "2026-03-16"],
      ["answer-or-cross-petition", "awaiting-trigger"],
      ["perfect-appeal", "awaiting-trigger"],
      ["rule-59e", "awaiting-trigger"],
    ]);
    for (const deadline of deadlines) expect(() => RelatedDeadlineSchema.parse(deadline)).not.toThrow();
    expect(byId(deadlines, "petition")).toMatchObject({
      source: "28 U.S.C. § 1292(b); FRAP 5(a)(2)",
      isExtendable: false,
      days: 10,
    });
  });

  it.each<[string, HolidayRegion, Parameters<typeof computeDeadlines>[2], RelatedDeadline["id"], string]>([
    // FRAP 5(b)(2): 10 days after service; electronic service adds nothing.
    [
      "answer, served electronically",
      SDCAL,
      { petitionServedDate: "2026-03-02" },
      "answer-or-cross-petition",
      "2026-03-12",
    ],
    // FRAP 26(c): Thursday 3/12 + 3 days = Sunday 3/15 → Monday.
    [
      "answer, served by mail: 3 days after the 26(a) day, then roll",
      SDCAL,
      { petitionServedDate: "2026-03-02", isPetitionDeliveredOnServiceDate: false },
      "answer-or-cross-petition",
      "2026-03-16",
    ],
    // Day 10 Saturday 3/14 → Monday 3/16 under 26(a); + 3 days → Thursday 3/19.
    [
      "answer, served by mail, 26(a) day already rolled",
      SDCAL,
      { petitionServedDate: "2026-03-04", isPetitionDeliveredOnServiceDate: false },
      "answer-or-cross-petition",
      "2026-03-19",
    ],
    // FRAP 5(d)(1): 14 days after entry of the order granting permission; day 14 is Christmas 2026.
    ["perfect the appeal", SDCAL, { permissionOrderEntryDate: "2026-12-11" }, "perfect-appeal", "2026-12-28"],
    // Rule 59(e): 28 days; day 28 is Patriots' Day, a holiday in Massachusetts …
    ["Rule 59(e) in D. Mass.", DMASS, { judgmentEntryDate: "2027-03-22" }, "rule-59e", "2027-04-20"],
    // … but Fed. R. Civ. P. 6(a)(6)(C) looks only to the district court's state: New Hampshire.
    [
      "Rule 59(e) in D.N.H. ignores the circuit clerk's state",
      DNH,
      { judgmentEntryDate: "2027-03-22" },
      "rule-59e",
      "2027-04-19",
    ],
  ])("%s", (_case, region, options, id, due) => {
    expect(dueOf(byId(computeDeadlines("2026-03-02", region, options), id))).toBe(due);
  });

  it("explains the FRAP 26(c) days", () => {
    const answer = byId(
      computeDeadlines("2026-03-02", SDCAL, {
        petitionServedDate: "2026-03-02",
        isPetitionDeliveredOnServiceDate: false,
      }),
      "answer-or-cross-petition",
    );
    expect(answer.status === "computed" && answer.explanation).toEqual([
      "Petition served Monday, March 2, 2026.",
      "Day 10 is Thursday, March 12, 2026.",
      "The paper was not delivered on the date of service, so 3 days are added after Thursday, March 12, 2026.",
      "Sunday, March 15, 2026 is a Sunday, so the period runs to the next day.",
      "Due Monday, March 16, 2026.",
    ]);
  });
});

describe("addDaysFrap26", () => {
  it("counts Civil Rule periods without the circuit clerk's holidays", () => {
    expect(addDaysFrap26("2027-04-09", 10, DNH).dueDate).toBe("2027-04-20");
    expect(addDaysFrap26("2027-04-09", 10, DNH, [], { rule: "frcp-6-a-1" }).dueDate).toBe("2027-04-19");
  });
  it("runs past a long run of declared days", () => {
    const declared = Array.from({ length: 60 }, (_, i) =>
      new Date(Date.UTC(2026, 5, 1 + i)).toISOString().slice(0, 10),
    );
    expect(addDaysFrap26("2026-05-31", 1, { country: "US" }, declared).dueDate).toBe("2026-07-31");
  });
  it.each([0, -1, 1.5])("rejects a period of %s days (a programmer error)", (days) => {
    expect(() => addDaysFrap26("2026-03-02", days, { country: "US" })).toThrow();
  });
});
