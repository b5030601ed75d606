import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { draftOrder } from "@/lib/order/draft-order";
import { LIMITS } from "./fields";
import { limitDraft, proseOfLength, reshuffledDraft } from "./limit-draft";
import { LIMIT_FIXTURE, LIMIT_FIXTURE_BYTES } from "./limit-fixture";
import { MotionDraftSchema } from "./schema";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), "utf8")) as unknown;

describe("the largest valid draft", () => {
  const committed = MotionDraftSchema.parse(read(LIMIT_FIXTURE));

  it("is committed at every list and record limit, within the body limit", () => {
    expect(JSON.stringify(committed).length).toBeLessThanOrEqual(LIMIT_FIXTURE_BYTES);
    expect(JSON.stringify(committed).length).toBeGreaterThan(LIMIT_FIXTURE_BYTES - LIMITS.longText);
    expect(committed.case.parties).toHaveLength(LIMITS.listItems);
    expect(committed.docketEntries).toHaveLength(LIMITS.listItems);
    expect(committed.motion.movantPartyIds).toHaveLength(LIMITS.listItems);
    expect(committed.certification.questions).toHaveLength(20);
    expect(Object.keys(committed.analysis.slotChoices ?? {})).toHaveLength(LIMITS.recordKeys);
    expect(committed.case.parties.every((party) => party.name.length === LIMITS.name)).toBe(true);
    expect(committed.certification.controllingQuestion.reasoning).toHaveLength(LIMITS.longText);
  });

  it("is what the generator makes from today's schema, drafts into an order, and reshuffles into a valid twin", () => {
    const base = MotionDraftSchema.parse(read("fixtures/stress/301.json"));
    const fresh = limitDraft(base, LIMIT_FIXTURE_BYTES);
    expect(JSON.stringify(fresh).length).toBeLessThanOrEqual(LIMIT_FIXTURE_BYTES);
    expect(fresh.docketEntries).toHaveLength(committed.docketEntries.length);
    expect(() => draftOrder(fresh)).not.toThrow();
    const even = limitDraft(base, LIMIT_FIXTURE_BYTES, "even");
    expect(JSON.stringify(even).length).toBeLessThanOrEqual(LIMIT_FIXTURE_BYTES);
    const twin = reshuffledDraft(fresh);
    expect(twin.certification.controllingQuestion.reasoning).not.toBe(
      fresh.certification.controllingQuestion.reasoning,
    );
    expect([...(twin.certification.controllingQuestion.reasoning ?? "")].sort()).toEqual(
      [...(fresh.certification.controllingQuestion.reasoning ?? "")].sort(),
    );
  });

  it("writes plain prose of the asked length", () => {
    const text = proseOfLength(500, 9);
    expect(text).toHaveLength(500);
    expect(text).toMatch(/^[A-Za-z ,.]+$/);
    expect(proseOfLength(500, 9)).toBe(text);
  });
});
