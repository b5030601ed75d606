import { describe, expect, it } from "vitest";
import { formatBluebookDate, formatLongDate, formatMonthDay } from "./format-date";
import { daysBetween } from "./iso-date";

describe("date formatters", () => {
  it.each([
    ["2018-04-05", "April 5, 2018", "Apr. 5, 2018"],
    ["2004-12-27", "December 27, 2004", "Dec. 27, 2004"],
    ["2008-02-13", "February 13, 2008", "Feb. 13, 2008"],
    ["2014-09-15", "September 15, 2014", "Sept. 15, 2014"],
    ["2011-06-01", "June 1, 2011", "June 1, 2011"],
  ])("%s prints as %s and %s", (iso, long, bluebook) => {
    expect(formatLongDate(iso)).toBe(long);
    expect(formatBluebookDate(iso)).toBe(bluebook);
  });
  it("prints month and day alone", () => expect(formatMonthDay("2014-09-15")).toBe("September 15"));
  it("counts days across a month end", () => expect(daysBetween("2018-03-22", "2018-04-05")).toBe(14));
  it("rejects a non-ISO date", () => expect(() => formatLongDate("4/5/2018")).toThrow());
});
