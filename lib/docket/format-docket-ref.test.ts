import { describe, expect, it } from "vitest";
import type { DocketRefToken, Inline } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { formatDocketRef } from "./format-docket-ref";

type Style = StyleProfile["docketCite"];
const ECF: Style = { form: "ecf-no", pinSeparator: ", p. ", useId: false };
const DOC_NO: Style = { form: "doc-no", pinSeparator: " at ", useId: true };
const BRACKET: Style = { form: "docket-no-bracket", pinSeparator: " at ", useId: false };
const DKT: Style = { form: "dkt-no", pinSeparator: " at ", useId: false };
const DOC: Style = { form: "doc", pinSeparator: ", ", useId: false };
const DOCKET: Style = { form: "docket", pinSeparator: " at ", useId: false };

/** Runs as text with italic spans starred, e.g. "*Id.* at 3-4." */
const show = (runs: Inline[]) =>
  runs.map((r) => (r.kind === "text" ? (r.marks?.includes("italic") ? `*${r.text}*` : r.text) : "")).join("");
const ref = (entries: string[], position: DocketRefToken["position"], pin?: string): DocketRefToken => ({
  entries,
  position,
  ...(pin ? { pin } : {}),
});

describe("formatDocketRef, full form", () => {
  it.each<[string, Style, DocketRefToken, string]>([
    ["E.D. Cal. sentence", ECF, ref(["156"], "sentence"), "(ECF No. 156.)"],
    ["E.D. Cal. several entries", ECF, ref(["157", "158"], "sentence"), "(ECF Nos. 157, 158.)"],
    ["E.D. Cal. with a page", ECF, ref(["152"], "sentence", "3"), "(ECF No. 152, p. 3.)"],
    ["E.D. Cal. clause", ECF, ref(["59"], "clause"), "(ECF No. 59)"],
    ["S.D. Cal. sentence with a page", DOC_NO, ref(["49"], "sentence", "1"), "Doc. No. 49 at 1."],
    ["S.D. Cal. several entries", DOC_NO, ref(["44", "46"], "sentence"), "Doc. Nos. 44, 46."],
    ["S.D. Cal. attachment and page range", DOC_NO, ref(["49-1"], "sentence", "2-3"), "Doc. No. 49-1 at 2-3."],
    ["S.D. Cal. clause", DOC_NO, ref(["49"], "clause"), "Doc. No. 49"],
    ["D.N.M. clause", BRACKET, ref(["59"], "clause"), "[docket no. 59]"],
    ["D.N.M. sentence", BRACKET, ref(["56"], "sentence"), "[docket no. 56]."],
    ["W.D. Wash.", DKT, ref(["51"], "clause"), "Dkt. No. 51"],
    ["S.D. Ohio", DOC, ref(["26"], "clause"), "(Doc. 26)"],
    ["S.D. Ohio with pages", DOC, ref(["20"], "clause", "2-6"), "(Doc. 20, 2-6)"],
    ["D. Alaska", DOCKET, ref(["171"], "clause"), "Docket 171"],
    ["D. Alaska with pages", DOCKET, ref(["175"], "clause", "3-4"), "Docket 175 at 3-4"],
  ])("%s", (_label, style, token, expected) => {
    expect(show(formatDocketRef(token, style, "full", { capitalize: true }))).toBe(expected);
  });

  it("keeps the court's lower-case label even at a sentence start", () => {
    expect(show(formatDocketRef(ref(["59"], "clause"), BRACKET, "full", { capitalize: true }))).toBe("[docket no. 59]");
  });
});

describe("formatDocketRef, Id. form", () => {
  it.each<[string, Style, DocketRefToken, boolean, string]>([
    ["sentence with pin", DOC_NO, ref(["49-1"], "sentence", "3-4"), true, "*Id.* at 3-4."],
    ["sentence without pin", DOC_NO, ref(["49-1"], "sentence"), true, "*Id.*"],
    ["clause, lower case", DOC_NO, ref(["49-1"], "clause", "2"), false, "*id.* at 2"],
    ["parenthesized style", ECF, ref(["152"], "sentence", "3"), true, "(*Id.* at 3.)"],
  ])("%s", (_label, style, token, capitalize, expected) => {
    const printed = show(formatDocketRef(token, style, "id", { capitalize }));
    expect(printed).toBe(expected);
  });

  it("italicizes only Id.", () => {
    const runs = formatDocketRef(ref(["49"], "sentence", "3-4"), DOC_NO, "id", { capitalize: true });
    expect(runs).toEqual([
      { kind: "text", text: "Id.", marks: ["italic"] },
      { kind: "text", text: " at 3-4." },
    ]);
  });
});
