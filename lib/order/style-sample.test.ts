import { describe, expect, it } from "vitest";
import { styleSampleLines } from "@/lib/render/style-sample-lines";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { draftStyleSample } from "./style-sample";

const styleSample = (style: StyleOverrides) => {
  const { doc, style: profile } = draftStyleSample(style);
  return styleSampleLines(doc, profile);
};

describe("the chambers' style sample", () => {
  it("prints the neutral federal style when the chambers chose nothing", () => {
    const sample = styleSample({});
    expect(sample.title).toBe(
      "ORDER DENYING DEFENDANT’S MOTION TO CERTIFY ORDER FOR INTERLOCUTORY APPEAL (ECF No. 45)",
    );
    expect(sample.heading).toMatch(/^I\. /);
    expect(sample.decree).toContain("IT IS SO ORDERED.");
    expect(sample.docketCite).toMatch(/ECF No\. 45/);
  });

  it("follows the chambers' title form, headings, decretal language and docket citations", () => {
    const sample = styleSample({
      titleForm: "memorandum-and-order",
      titleRuling: "none",
      headingStyle: "arabic-caps",
      decree: { form: "it-is-ordered" },
      docketCite: { form: "dkt-no" },
    });
    expect(sample.title).toMatch(/^MEMORANDUM AND ORDER\b/);
    expect(sample.title).not.toContain("DENYING");
    expect(sample.heading).toMatch(/^1\. /);
    expect(sample.decree).toContain("IT IS ORDERED that");
    expect(sample.docketCite).toMatch(/Dkt\. No\. 45/);
  });
});
