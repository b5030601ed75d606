import { describe, expect, it } from "vitest";
import type { DocketRefToken, Inline } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { DOCKET_PRESETS, docketCiteFor } from "./docket-presets";
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

describe("a bare reference inside the order's sentences", () => {
  const shown = (token: DocketRefToken, setOffInSentence: boolean) =>
    formatDocketRef(token, docketCiteFor("dkt"), "full", { capitalize: false, setOffInSentence })
      .map((run) => (run.kind === "text" ? run.text : ""))
      .join("");

  it('is set off in parentheses mid-sentence (corpus 17: not "Sephora\'s motion Dkt. 103 is DENIED")', () => {
    expect(shown(ref(["103"], "clause"), true)).toBe("(Dkt. 103)");
    expect(shown(ref(["103", "105"], "clause", "4"), true)).toBe("(Dkts. 103, 105 at 4)");
  });

  it("stays bare as a citation sentence, and where the caller sets it off itself (the title's line)", () => {
    expect(shown(ref(["103", "105"], "sentence"), true)).toBe("Dkts. 103, 105.");
    expect(shown(ref(["103"], "clause"), false)).toBe("Dkt. 103");
  });
});

describe("formatDocketRef, Id. form", () => {
  it.each<[string, Style, DocketRefToken, boolean, string]>([
    ["sentence with pin", DOC_NO, ref(["49-1"], "sentence", "3-4"), true, "*Id.* at 3-4."],
    ["sentence without pin", DOC_NO, ref(["49-1"], "sentence"), true, "*Id.*"],
    ["clause, lower case", DOC_NO, ref(["49-1"], "clause", "2"), false, "*id.* at 2"],
    ["parenthesized style", ECF, ref(["152"], "sentence", "3"), true, "(*Id.* at 3.)"],
    // Found by the prose check: a parenthesized Id. without a pin printed "(Id..)".
    ["parenthesized style without pin", ECF, ref(["152"], "sentence"), true, "(*Id.*)"],
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

describe("formatDocketRef, every preset of the corpus and the seeds", () => {
  const style = (form: Style["form"], extra: Partial<Style> = {}): Style => ({ ...docketCiteFor(form), ...extra });
  const ROWS: [string, Style, DocketRefToken, string][] = [
    ["D. Del. D.I., several", style("di"), ref(["21", "22"], "clause"), "(D.I. 21, 22)"],
    ["D. Del. D.I.", style("di"), ref(["23"], "clause"), "(D.I. 23)"],
    ["M.D. Pa. Doc. No. in parentheses", style("doc-no-paren"), ref(["201"], "clause"), "(Doc. No. 201)"],
    ["M.D. La. Doc. with a pin", style("doc"), ref(["1"], "sentence", "6-7"), "(Doc. 1 at 6-7.)"],
    ["S.D.N.Y. bare Dkts.", style("dkt"), ref(["103", "105"], "clause"), "Dkts. 103, 105"],
    ["W.D. Tenn. D.E. sentence", style("de"), ref(["39"], "sentence"), "(D.E. 39.)"],
    ["E.D. Mich. PageID pin", style("ecf-no-pageid"), ref(["41"], "clause", "1654"), "(ECF No. 41, PageID.1654)"],
    ["N.D. Miss. bare brackets", style("bracket-number"), ref(["46"], "clause"), "[46]"],
    ["N.D. Miss. several", style("bracket-number"), ref(["8", "11"], "clause"), "[8], [11]"],
    ["S.D. Miss. bracketed hash", style("bracket-hash"), ref(["19"], "clause"), "[#19]"],
    ["D. Conn. doc. #", style("doc-hash"), ref(["58"], "clause"), "[doc. # 58]"],
    ["E.D. Ky. MDL Record No.", style("mdl-record-no"), ref(["1305"], "clause"), "[MDL Record No. 1305]"],
    ["E.D. La. R. Doc.", style("r-doc"), ref(["12"], "clause", "3"), "(R. Doc. 12 at 3)"],
    ["D. Neb. Filing No.", style("filing-no"), ref(["10"], "clause"), "(Filing No. 10)"],
    ["Docket No.", style("docket-no"), ref(["40"], "clause"), "(Docket No. 40)"],
    ["Dkt. #", style("dkt-hash"), ref(["19"], "clause"), "(Dkt. #19)"],
    ["ECF", style("ecf"), ref(["35"], "clause", "4"), "(ECF 35 at 4)"],
    ["a range", style("dkt-no"), ref(["692–696"], "clause"), "Dkt. Nos. 692-696"],
    ["p. 4 rather than at 4", style("doc", { pinSeparator: ", p. " }), ref(["5"], "clause", "4"), "(Doc. 5, p. 4)"],
    [
      "a typed label",
      style("ecf-no", { label: "ECF Doc.", labelPlural: "ECF Docs." }),
      ref(["5", "6"], "clause"),
      "(ECF Docs. 5, 6)",
    ],
    ["a chosen wrap", style("dkt", { wrap: "paren" }), ref(["99"], "sentence"), "(Dkt. 99.)"],
    // Found by the prose check: an unwrapped lower-case label opened a sentence in lower case.
    [
      "unwrapped lower case, as a sentence",
      style("docket-no-bracket", { wrap: "none" }),
      ref(["10"], "sentence"),
      "Docket no. 10.",
    ],
    ["W.D. Tex. Dkt. in parentheses", style("dkt-paren"), ref(["89"], "clause"), "(Dkt. 89)"],
    ["E.D. Ky. Record No.", style("record-no"), ref(["5"], "clause"), "[Record No. 5]"],
  ];
  it.each(ROWS)("%s", (_label, s, token, expected) => {
    expect(show(formatDocketRef(token, s, "full", { capitalize: true }))).toBe(expected);
  });

  it("names the filing where the chambers cites by name (W.D. Tex.)", () => {
    const named = { ...ref(["92"], "clause"), name: "Mot. Interloc. App." };
    expect(show(formatDocketRef(named, style("dkt-paren"), "full", { capitalize: true }))).toBe(
      "(Mot. Interloc. App., Dkt. 92)",
    );
    const pinned = { ...ref(["71"], "clause", "1"), name: "Jury Verdict" };
    expect(show(formatDocketRef(pinned, style("dkt-paren"), "full", { capitalize: true }))).toBe(
      "(Jury Verdict, Dkt. 71, at 1)",
    );
    expect(show(formatDocketRef(named, style("ecf-no"), "full", { capitalize: true }))).toBe("(ECF No. 92)");
  });

  it("joins references cited together with semicolons inside one wrap", () => {
    const joined: DocketRefToken = { ...ref(["54"], "sentence", "2"), also: [{ entries: ["58"], pin: "3" }] };
    expect(show(formatDocketRef(joined, style("ecf-no"), "full", { capitalize: true }))).toBe(
      "(ECF No. 54, p. 2; ECF No. 58, p. 3.)",
    );
  });

  it("covers every preset, here or in the forms above", () => {
    const covered = new Set([
      ...ROWS.map(([, s]) => s.form),
      ECF.form,
      DOC_NO.form,
      BRACKET.form,
      DKT.form,
      DOC.form,
      DOCKET.form,
    ]);
    expect(Object.keys(DOCKET_PRESETS).filter((form) => !covered.has(form as Style["form"]))).toEqual([]);
  });
});
