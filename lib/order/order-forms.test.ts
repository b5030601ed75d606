import { describe, expect, it } from "vitest";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { printedOrder, styledDraft } from "./testing/styled-order";

const print = (decision: "grant" | "deny", style: StyleOverrides) => printedOrder(styledDraft(decision, style));

describe("the order's title form", () => {
  it.each<[StyleOverrides, string]>([
    [{}, "Order Denying Defendant’s Motion to Certify Order for Interlocutory Appeal"],
    [{ titleForm: "memorandum-order", titleRuling: "none" }, "Memorandum Order"],
    [{ titleForm: "ruling-and-order", titleRuling: "none" }, "Ruling and Order"],
    [{ titleForm: "opinion-ampersand-order", titleRuling: "none" }, "Opinion & Order"],
    [
      { titleForm: "opinion-and-order", titleRuling: "verb" },
      "Opinion and Order Denying Defendant’s Motion to Certify Order for Interlocutory Appeal",
    ],
    [
      { titleForm: "memorandum-opinion-and-order", titleRuling: "regarding" },
      "Memorandum Opinion and Order Regarding Defendant’s Motion to Certify Order for Interlocutory Appeal",
    ],
  ])("%j → %s", (style, title) => {
    expect(print("deny", style).title).toBe(title);
  });
});

describe("headings", () => {
  it("numbers them 1., 2. in capitals, or I. in capitals, as the chambers chooses", () => {
    expect(print("deny", { headingStyle: "arabic-caps" }).text).toContain("1. DEFENDANT’S MOTION FOR CERTIFICATION");
    expect(print("deny", { headingStyle: "roman-caps" }).text).toContain("I. DEFENDANT’S MOTION FOR CERTIFICATION");
    expect(print("deny", { headingStyle: "roman-caps" }).text).toContain("A. Legal Standard");
  });
});

describe("an Introduction heading", () => {
  it("opens the order where the chambers heads its introduction: 1. INTRODUCTION, then 2.", () => {
    const headed = print("deny", { headingStyle: "arabic-caps", introductionHeading: true }).text;
    expect(headed).toContain("1. INTRODUCTION Pending before the Court is");
    expect(headed).toContain("2. DEFENDANT’S MOTION FOR CERTIFICATION");
    expect(print("deny", { headingStyle: "roman-caps", introductionHeading: true }).text).toContain(
      "I. INTRODUCTION Pending before the Court is",
    );
  });

  it("is not printed unless chosen, nor where the chambers prints no headings", () => {
    expect(print("deny", { headingStyle: "arabic-caps" }).text).not.toContain("INTRODUCTION");
    expect(print("deny", { headingStyle: "none", introductionHeading: true }).text).not.toMatch(/Introduction/i);
  });
});

describe("the decretal language", () => {
  it("denies in the chambers' formula", () => {
    expect(print("deny", { decree: { form: "it-is-ordered" } }).text).toContain(
      "IT IS ORDERED that Defendant’s Motion to Certify Order for Interlocutory Appeal (ECF No. 45) is DENIED.",
    );
    expect(print("deny", { decree: { form: "court-verb" } }).text).toContain(
      "For the foregoing reasons, the Court DENIES Defendant’s motion. (ECF No. 45.)",
    );
  });

  it("grants in numbered paragraphs, or paragraph by paragraph with IT IS FURTHER ORDERED", () => {
    expect(print("grant", {}).text).toContain("IT IS ORDERED: 1. Defendant’s motion for certification");
    const further = print("grant", { decree: { numbered: false } }).text;
    expect(further).toContain("For the foregoing reasons, IT IS ORDERED that Defendant’s motion for certification");
    expect(further).toContain("IT IS FURTHER ORDERED that proceedings in this Court are STAYED");
    expect(further).toContain("IT IS FURTHER ORDERED that any application to the Court of Appeals");
  });

  it("closes with IT IS SO ORDERED unless the chambers does not", () => {
    expect(print("deny", {}).text).toContain("IT IS SO ORDERED.");
    expect(print("deny", { decree: { soOrdered: false } }).text).not.toContain("IT IS SO ORDERED.");
    expect(print("deny", { introOpening: "this-matter" }).text).not.toContain("IT IS SO ORDERED.");
  });
});
