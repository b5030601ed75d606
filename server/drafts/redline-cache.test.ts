import { describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { MotionDraftSchema } from "@/lib/motion/schema";
import type { DraftVersion } from "@/lib/workflow/records";
import { redlineDocxOf, redlineOf } from "./redline-cache";

vi.mock("server-only", () => ({}));

const seed = MotionDraftSchema.parse(JSON.parse(readFileSync("fixtures/seeds/002.json", "utf8")));
const version = (revision: number, data = seed): DraftVersion => ({
  draftId: "00000000-0000-4000-8000-000000000001",
  revision,
  data,
  note: null,
  createdBy: "u1",
  createdAt: new Date(0),
});

describe("the redline cache", () => {
  const edited = structuredClone(seed);
  edited.case.caseNumber = "99cv1-XYZ";

  it("computes a pair of versions once: the second view is the same redline", () => {
    const first = redlineOf(version(1), version(2, edited));
    expect(first?.summary.blocksChanged).toBeGreaterThan(0);
    expect(redlineOf(version(1), version(2, edited))).toBe(first);
    // Another pair is its own entry.
    expect(redlineOf(version(2, edited), version(1))).not.toBe(first);
  });

  it("keeps the Word redline by pair and author too", async () => {
    const change = { author: "Sam Okafor (law clerk)", date: new Date(0) };
    const bytes = await redlineDocxOf(version(1), version(2, edited), change);
    expect(bytes?.bytes.byteLength).toBeGreaterThan(1000);
    expect(bytes?.fileName).toMatch(/^Redline r1 to r2 - .*\.docx$/);
    expect(await redlineDocxOf(version(1), version(2, edited), change)).toBe(bytes);
    expect(await redlineDocxOf(version(1), version(2, edited), { ...change, author: "Ana Reyes" })).not.toBe(bytes);
  });
});
