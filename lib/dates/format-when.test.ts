import { describe, expect, it } from "vitest";
import { formatDay, formatWhen } from "./format-when";

describe("formatWhen", () => {
  const instant = new Date("2026-12-05T23:42:09Z");

  it("prints the instant in UTC, whatever the machine's zone, minutes by default", () => {
    expect(formatWhen(instant)).toBe("Dec 5, 2026, 11:42 PM UTC");
  });

  it("adds seconds when precise (the audit trail)", () => {
    expect(formatWhen(instant, { precise: true })).toBe("Dec 5, 2026, 11:42:09 PM UTC");
  });

  it("prints a day without the time", () => {
    expect(formatDay(new Date("2027-01-01T02:00:00Z"))).toBe("Jan 1, 2027");
  });
});
