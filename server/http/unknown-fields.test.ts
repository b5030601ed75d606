import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { unknownFields } from "./unknown-fields";

describe("unknownFields", () => {
  const seed = JSON.parse(readFileSync("fixtures/seeds/002.json", "utf8")) as Record<string, unknown>;

  it("finds nothing in a draft the schema knows whole", () => {
    expect(unknownFields(seed, MotionDraftSchema.parse(seed))).toEqual([]);
  });

  it("names every field the schema dropped, at any depth", () => {
    const sent = structuredClone(seed) as { case: { parties: Record<string, unknown>[] }; extra?: number };
    sent.extra = 1;
    sent.case.parties[0]!.nickname = "Jim";
    expect(unknownFields(sent, MotionDraftSchema.parse(sent))).toEqual([
      { path: "case.parties.0.nickname", message: "Unknown field" },
      { path: "extra", message: "Unknown field" },
    ]);
  });
});
