import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftOrder } from "@/lib/order/draft-order";
import { orderPlainText } from "@/lib/render/plain-text";
import { MotionDraftSchema, SCHEMA_VERSION } from "./schema";
import { upgradeDraft } from "./upgrade-draft";

const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, file), "utf8")) as Record<string, unknown>;
/** A version 1 grant that stays proceedings, saved before the clerk gave the status report's days. */
const v1Grant = () => read("testing-v1/grant-stayed.json");
const orderText = (data: unknown) => {
  const { doc, style } = draftOrder(MotionDraftSchema.parse(data));
  return orderPlainText(doc, style).replace(/\s+/g, " ");
};
const STATUS_REPORT = /joint status report within (\d+) days/;

describe("upgradeDraft", () => {
  it("brings a version 1 draft to the current version, which the schema accepts", () => {
    const upgraded = upgradeDraft(v1Grant());
    expect(upgraded).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(MotionDraftSchema.safeParse(upgraded).success).toBe(true);
    expect(MotionDraftSchema.safeParse(v1Grant()).success).toBe(false);
  });

  it("writes in version 1's 14-day status report where proceedings were stayed on a grant", () => {
    const upgraded = MotionDraftSchema.parse(upgradeDraft(v1Grant()));
    expect(upgraded.certification.statusReportDays).toBe(14);
    expect(orderText(upgraded)).toMatch(STATUS_REPORT);
    expect(STATUS_REPORT.exec(orderText(upgraded))?.[1]).toBe("14");
  });

  it("writes it in where a granted stay of proceedings stayed them (the grant's own stay unanswered)", () => {
    const v1 = v1Grant();
    const certification = { ...(v1.certification as object), stayProceedingsOnGrant: undefined };
    const upgraded = MotionDraftSchema.parse(upgradeDraft({ ...v1, certification }));
    expect(upgraded.certification.statusReportDays).toBe(14);
  });

  it("keeps days the clerk gave, and writes none where nothing was stayed", () => {
    const v1 = v1Grant();
    const given = { ...v1, certification: { ...(v1.certification as object), statusReportDays: 30 } };
    expect(MotionDraftSchema.parse(upgradeDraft(given)).certification.statusReportDays).toBe(30);
    const notStayed = {
      ...v1,
      certification: { ...(v1.certification as object), stayProceedingsOnGrant: false },
      stay: { requested: false },
    };
    expect(MotionDraftSchema.parse(upgradeDraft(notStayed)).certification.statusReportDays).toBeUndefined();
  });

  it("orders no status report the clerk did not choose in a draft of the current version", () => {
    const upgraded = MotionDraftSchema.parse(upgradeDraft(v1Grant()));
    delete upgraded.certification.statusReportDays;
    const text = orderText(upgraded);
    expect(text).toContain("Proceedings in this Court are STAYED");
    expect(text).not.toMatch(/status report/);
  });

  it("renders an old draft as the same draft saved by the current version", () => {
    const v2 = read("../../fixtures/seeds/002.json");
    expect(orderText(upgradeDraft(read("testing-v1/seed-002.json")))).toBe(orderText(v2));
  });

  it("renders a version 2 draft as the same draft saved by the current version", () => {
    const v2 = read("testing-v2/seed-002.json");
    expect(MotionDraftSchema.safeParse(v2).success).toBe(false);
    expect(orderText(upgradeDraft(v2))).toBe(orderText(read("../../fixtures/seeds/002.json")));
  });

  it("returns current drafts, unknown versions and non-drafts as they are, and never changes its input", () => {
    const current = read("../../fixtures/seeds/002.json");
    expect(upgradeDraft(current)).toBe(current);
    const future = { schemaVersion: 99 };
    expect(upgradeDraft(future)).toBe(future);
    expect(upgradeDraft(null)).toBeNull();
    expect(upgradeDraft("draft")).toBe("draft");
    const v1 = v1Grant();
    const before = JSON.stringify(v1);
    upgradeDraft(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });
});
