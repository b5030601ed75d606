import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftOrder } from "@/lib/order/draft-order";
import { orderPlainText } from "@/lib/render/plain-text";
import { MotionDraftSchema } from "../schema";
import { upgradeDraft } from "../upgrade-draft";
import type { Json } from "./json";
import { stayUnanswered } from "./stay-unanswered";

/** A version-2 grant with the stay question unanswered (corpus order 15 as version 2 saved it). */
const v2Grant = (): Json =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, "../testing-v2/grant-stay-unanswered.json"), "utf8"),
  ) as Json;
const orderText = (data: unknown) => {
  const { doc, style } = draftOrder(MotionDraftSchema.parse(data));
  return orderPlainText(doc, style).replace(/\s+/g, " ");
};
const NOT_STAYED = "This Order does not stay proceedings in this Court.";
const withCertification = (draft: Json, answers: Json): Json => ({
  ...draft,
  certification: { ...(draft.certification as Json), ...answers },
});

describe("stayUnanswered (version 2 → 3)", () => {
  it("keeps the sentence version 2 printed on a grant whose stay question was unanswered", () => {
    const v2 = v2Grant();
    const upgraded = upgradeDraft(v2);
    // Read as version 3 without the answer, the order no longer says it: the upgrade must.
    expect(orderText({ ...v2, schemaVersion: 3 })).not.toContain(NOT_STAYED);
    expect(orderText(upgraded)).toContain(NOT_STAYED);
    const savedByVersion3 = withCertification({ ...v2, schemaVersion: 3 }, { stayProceedingsOnGrant: false });
    expect(orderText(upgraded)).toBe(orderText(savedByVersion3));
  });

  it("keeps 'Except for the stay of the … Order' beside a stay of the order pending appeal granted", () => {
    const v2 = { ...v2Grant(), stay: { requested: true, kind: "order-pending-appeal", decision: "grant" } };
    expect(orderText(upgradeDraft(v2))).toMatch(/Except for the stay of the .{1,40} Order, this Order does not stay/);
  });

  it("writes nothing where version 2 printed no such sentence", () => {
    const v2 = v2Grant();
    const stayGranted = { ...v2, stay: { requested: true, kind: "proceedings", decision: "grant" } };
    expect(stayUnanswered(stayGranted)).toBe(stayGranted);
    const answered = withCertification(v2, { stayProceedingsOnGrant: true });
    expect(stayUnanswered(answered)).toBe(answered);
    const denied = withCertification(v2, { decision: "deny" });
    expect(stayUnanswered(denied)).toBe(denied);
  });
});
