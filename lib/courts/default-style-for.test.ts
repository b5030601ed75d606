import { describe, expect, it } from "vitest";
import { DEFAULT_STYLE, StyleProfileSchema } from "@/lib/style/style-profile";
import { defaultStyleFor } from "./default-style-for";
import { DISTRICTS } from "./districts";
import { mergeStyle } from "./merge-style";

describe("defaultStyleFor", () => {
  it("S.D. Cal.: pleading paper, Doc. No. cites, Hon. signature", () => {
    const style = defaultStyleFor("casd");
    expect(StyleProfileSchema.parse(style)).toEqual(style);
    expect(style).toMatchObject({
      paper: "pleading-28",
      captionLayout: "two-column",
      headingStyle: "caps-centered",
      docketCite: { form: "doc-no", pinSeparator: " at ", useId: true },
      titleDocketRef: "bracket-line",
      boldDispositionVerbs: true,
      introOpening: "presently-before",
      signature: { form: "hon", titleCase: "title", dateLine: true },
      font: DEFAULT_STYLE.font,
    });
  });
  it("E.D. Cal.: pleading paper with roman-letter headings and ECF No. cites", () => {
    expect(defaultStyleFor("caed")).toMatchObject({
      paper: "pleading-28",
      headingStyle: "roman-letter",
      docketCite: { form: "ecf-no", pinSeparator: ", p. " },
      signature: { form: "s-slash" },
    });
  });
  it("D.N.M.: plain paper, [docket no. 59], signature in capitals without a date line", () => {
    expect(defaultStyleFor("nmd")).toMatchObject({
      paper: "plain",
      captionLayout: "stacked",
      headingStyle: "none",
      titleDocketRef: "none",
      introOpening: "this-matter",
      docketCite: { form: "docket-no-bracket", pinSeparator: " at ", useId: false },
      signature: { form: "caps-name", titleCase: "upper", dateLine: false },
    });
  });
  it("N.D. Cal. and C.D. Cal. take pleading paper and keep the other defaults", () => {
    for (const id of ["cand", "cacd"]) {
      expect(defaultStyleFor(id)).toEqual({
        ...DEFAULT_STYLE,
        paper: "pleading-28",
        captionLayout: "two-column",
        caption: { ...DEFAULT_STYLE.caption, numberLabel: "Case No.:" },
        headingStyle: "caps-centered",
      });
    }
  });
  it("a district without overrides gets DEFAULT_STYLE", () => expect(defaultStyleFor("ilnd")).toEqual(DEFAULT_STYLE));
  it.each([
    ["lamd", { parties: "versus-rows", versus: "VERSUS", numberLabel: "NO." }],
    ["msnd", { parties: "labels-right", versus: "V.", numberLabel: "CIVIL ACTION NO.:" }],
    ["mssd", { parties: "labels-right", versus: "v.", numberLabel: "CIVIL ACTION NO." }],
    ["txwd", { divider: "section-signs", numberLabel: "" }],
    ["mied", { numberLabel: "Case No.", judge: "under-number" }],
    ["nysd", { numberLabel: "", judge: "under-title" }],
    ["kyed", { divider: "parentheses", numberLabel: "Civil Action No." }],
    ["dcd", { divider: "parentheses", boxed: true, numberLabel: "Civil Action No." }],
    ["ded", {}],
  ])("%s: the caption form its orders print, the rest generic", (id, form) =>
    expect(defaultStyleFor(id).caption).toEqual({ ...DEFAULT_STYLE.caption, ...form }),
  );
  it("every district's default style parses", () => {
    for (const district of DISTRICTS)
      expect(() => StyleProfileSchema.parse(defaultStyleFor(district.id))).not.toThrow();
  });
  it("throws for an unknown district id", () =>
    expect(() => defaultStyleFor("xxd")).toThrow(/Unknown district id "xxd"/));
});

describe("mergeStyle", () => {
  it("merges nested docketCite and signature field by field", () => {
    const style = mergeStyle(DEFAULT_STYLE, { docketCite: { form: "dkt-no" }, signature: { dateLine: false } });
    expect(style.docketCite).toEqual({ ...DEFAULT_STYLE.docketCite, form: "dkt-no" });
    expect(style.signature).toEqual({ ...DEFAULT_STYLE.signature, dateLine: false });
  });
  it("merges the caption form field by field", () => {
    const style = mergeStyle(defaultStyleFor("lamd"), { caption: { versus: "v." } });
    expect(style.caption).toEqual({
      ...DEFAULT_STYLE.caption,
      parties: "versus-rows",
      versus: "v.",
      numberLabel: "NO.",
    });
  });
  it("an undefined override keeps the base value", () => {
    expect(mergeStyle(DEFAULT_STYLE, { paper: undefined, signature: { form: undefined } })).toEqual(DEFAULT_STYLE);
  });
});
