import { describe, expect, it } from "vitest";
import { addDaysFrap26 } from "./add-days-frap26";
import type { HolidayRegion } from "./schema";

const DNH: HolidayRegion = { country: "US", state: "NH", circuitClerkState: "MA" }; // D.N.H.; First Circuit clerk in Boston

describe("addDaysFrap26", () => {
  it("counts the circuit clerk's state holidays too (FRAP 26(a)(6)(C))", () => {
    // Day 10 is Monday, April 19, 2027: Patriots' Day in Massachusetts, where the clerk sits, not in New Hampshire.
    expect(addDaysFrap26("2027-04-09", 10, DNH).dueDate).toBe("2027-04-20");
    expect(addDaysFrap26("2027-04-09", 10, { country: "US", state: "NH" }).dueDate).toBe("2027-04-19");
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
