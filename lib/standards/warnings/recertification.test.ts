import { describe, expect, it } from "vitest";
import { CircuitIdSchema } from "@/lib/courts/circuits";
import { makeDraft } from "@/lib/motion/testing";
import { evaluate } from "../evaluate";
import { RECERTIFICATION_POSITIONS } from "../recertification-positions";
import { warningText } from "./warning-text";

const reentry = (districtId: string, extra: { amendment?: { requested?: boolean } } = {}) =>
  makeDraft({ case: { districtId }, amendment: { reentersCertifiedOrder: true, ...extra.amendment } });

const warningFor = (draft: ReturnType<typeof reentry>) =>
  evaluate(draft).warnings.find((w) => w.code === "recertification-to-restart-window");

describe("re-entering or recertifying an order already certified, to restart the ten days", () => {
  it("has every circuit's position, verified or 'unsettled'", () => {
    expect(Object.keys(RECERTIFICATION_POSITIONS).sort()).toEqual([...CircuitIdSchema.options].sort());
    for (const position of Object.values(RECERTIFICATION_POSITIONS)) {
      if (position.holding === "does-not-restart") expect(position.source).toMatch(/^https?:\/\//);
    }
  });

  it("Seventh Circuit: does not restart (Groves), an error", () => {
    const draft = reentry("ilnd");
    const warning = warningFor(draft);
    expect(warning).toMatchObject({ step: "motion", circuit: "7th", holding: "does-not-restart", severity: "error" });
    if (!warning) throw new Error("no warning");
    expect(warningText(warning, draft)).toContain("Groves v. United States, 941 F.3d 315");
  });

  it("D.C. Circuit: does not restart (Strange), an error, its reporter citation marked unverified", () => {
    const draft = reentry("dcd");
    const warning = warningFor(draft);
    expect(warning).toMatchObject({ circuit: "dc", holding: "does-not-restart", severity: "error" });
    if (!warning) throw new Error("no warning");
    expect(warningText(warning, draft)).toMatch(/Strange v\. Islamic Republic of Iran.*not verified/);
  });

  it("elsewhere: unsettled, a warning that names the split", () => {
    const draft = reentry("casd");
    const warning = warningFor(draft);
    expect(warning).toMatchObject({ circuit: "9th", holding: "unsettled", severity: "warning" });
    if (!warning) throw new Error("no warning");
    const words = warningText(warning, draft);
    expect(words).toMatch(/unsettled/);
    expect(words).toMatch(/Seventh and D\.C\. Circuits/);
  });

  it("is kept apart from FRAP 5(a)(3), which starts the period from the amended order", () => {
    const draft = reentry("casd");
    const warning = warningFor(draft);
    if (!warning) throw new Error("no warning");
    expect(warningText(warning, draft)).toContain("FRAP 5(a)(3)");
    expect(warningFor(makeDraft({ case: { districtId: "ilnd" }, amendment: { requested: true } }))).toBeUndefined();
  });
});
