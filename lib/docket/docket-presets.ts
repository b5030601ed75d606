import type { StyleProfile } from "@/lib/style/style-profile";

type DocketCite = StyleProfile["docketCite"];
export type DocketCiteForm = DocketCite["form"];

/**
 * One way courts cite their docket: the label for one entry and for several, the wrap, whether
 * the label and number are spaced ("Dkt. 92") or run together ("[#19]"), whether several entries
 * share one label ("Dkts. 103, 105") or each takes its own ("[8], [11]"), and the pin separator
 * and prefix courts using it print. `example` is how it prints; `seen` where it was seen.
 */
export type DocketPreset = {
  one: string;
  many: string;
  wrap: "paren" | "bracket" | "none";
  spaced: boolean;
  each: boolean;
  pinSeparator: DocketCite["pinSeparator"];
  pinPrefix?: string;
  namesFilings?: boolean;
  example: string;
  seen: string;
};

/** Every docket-citation form in the seeds and the corpus of real orders (shared/corpus), and the product's earlier forms. */
export const DOCKET_PRESETS: Record<DocketCiteForm, DocketPreset> = {
  "ecf-no": {
    one: "ECF No.",
    many: "ECF Nos.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: ", p. ",
    example: "(ECF No. 156, p. 3.)",
    seen: "E.D. Cal. (seed 001)",
  },
  ecf: {
    one: "ECF",
    many: "ECF",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(ECF 35 at 4)",
    seen: "many districts",
  },
  "ecf-no-pageid": {
    one: "ECF No.",
    many: "ECF Nos.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: ", ",
    pinPrefix: "PageID.",
    example: "(ECF No. 41, PageID.1654.)",
    seen: "E.D. Mich. (case 23)",
  },
  "doc-no": {
    one: "Doc. No.",
    many: "Doc. Nos.",
    wrap: "none",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "Doc. No. 49-1 at 2-3.",
    seen: "S.D. Cal. (seed 002)",
  },
  "doc-no-paren": {
    one: "Doc. No.",
    many: "Doc. Nos.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(Doc. No. 126 at 2.)",
    seen: "M.D. Pa. (case 15)",
  },
  doc: {
    one: "Doc.",
    many: "Docs.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(Doc. 51 at 6-7.)",
    seen: "M.D. La. (case 19), S.D. Ohio",
  },
  dkt: {
    one: "Dkt.",
    many: "Dkts.",
    wrap: "none",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "Dkts. 103, 105",
    seen: "S.D.N.Y. (case 17)",
  },
  "dkt-paren": {
    one: "Dkt.",
    many: "Dkts.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: ", at ",
    namesFilings: true,
    example: "(Mot. Interloc. App., Dkt. 92)",
    seen: "W.D. Tex. (case 20)",
  },
  "dkt-no": {
    one: "Dkt. No.",
    many: "Dkt. Nos.",
    wrap: "none",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "Dkt. Nos. 692-696",
    seen: "W.D. Wash.",
  },
  "dkt-hash": {
    one: "Dkt. #",
    many: "Dkt. ##",
    wrap: "paren",
    spaced: false,
    each: false,
    pinSeparator: " at ",
    example: "(Dkt. #19 at 2)",
    seen: "several districts",
  },
  di: {
    one: "D.I.",
    many: "D.I.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(D.I. 21, 22)",
    seen: "D. Del. (cases 13, 14)",
  },
  de: {
    one: "D.E.",
    many: "D.E.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(D.E. 39.)",
    seen: "W.D. Tenn. (case 22)",
  },
  "r-doc": {
    one: "R. Doc.",
    many: "R. Docs.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(R. Doc. 12 at 3.)",
    seen: "E.D. La.",
  },
  "filing-no": {
    one: "Filing No.",
    many: "Filing Nos.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(Filing No. 10 at 2.)",
    seen: "D. Neb.",
  },
  "docket-no": {
    one: "Docket No.",
    many: "Docket Nos.",
    wrap: "paren",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "(Docket No. 40.)",
    seen: "several districts",
  },
  "docket-no-bracket": {
    one: "docket no.",
    many: "docket nos.",
    wrap: "bracket",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "[docket no. 59]",
    seen: "D.N.M. (seed 000)",
  },
  docket: {
    one: "Docket",
    many: "Dockets",
    wrap: "none",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "Docket 171 at 3",
    seen: "D. Alaska",
  },
  "mdl-record-no": {
    one: "MDL Record No.",
    many: "MDL Record Nos.",
    wrap: "bracket",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "[MDL Record No. 1305]",
    seen: "E.D. Ky., MDL (case 24)",
  },
  "record-no": {
    one: "Record No.",
    many: "Record Nos.",
    wrap: "bracket",
    spaced: true,
    each: false,
    pinSeparator: " at ",
    example: "[Record No. 5]",
    seen: "E.D. Ky.",
  },
  "bracket-number": {
    one: "",
    many: "",
    wrap: "bracket",
    spaced: false,
    each: true,
    pinSeparator: " at ",
    example: "[46]",
    seen: "N.D. Miss. (case 18)",
  },
  "bracket-hash": {
    one: "#",
    many: "#",
    wrap: "bracket",
    spaced: false,
    each: true,
    pinSeparator: " at ",
    example: "[#19]",
    seen: "S.D. Miss. (case 21)",
  },
  "doc-hash": {
    one: "doc. #",
    many: "doc. #",
    wrap: "bracket",
    spaced: true,
    each: true,
    pinSeparator: " at ",
    example: "[doc. # 58]",
    seen: "D. Conn. (case 16)",
  },
};

/** The pattern a style cites by: its preset, with the chambers' own label, wrap, pin prefix and naming laid over it. */
export function docketPattern(style: DocketCite): DocketPreset {
  const preset = DOCKET_PRESETS[style.form];
  const label = style.label?.trim();
  return {
    ...preset,
    ...(label !== undefined && label !== "" ? { one: label, many: style.labelPlural?.trim() || label } : {}),
    ...(style.wrap ? { wrap: style.wrap } : {}),
    ...(style.pinPrefix !== undefined ? { pinPrefix: style.pinPrefix } : {}),
    ...(style.namesFilings !== undefined ? { namesFilings: style.namesFilings } : {}),
    pinSeparator: style.pinSeparator,
  };
}

/** The docket-citation settings a chambers starts from when it picks a preset (the pin style the preset's courts use). */
export function docketCiteFor(form: DocketCiteForm, useId = false): DocketCite {
  const preset = DOCKET_PRESETS[form];
  return {
    form,
    pinSeparator: preset.pinSeparator,
    useId,
    ...(preset.pinPrefix !== undefined ? { pinPrefix: preset.pinPrefix } : {}),
    ...(preset.namesFilings !== undefined ? { namesFilings: preset.namesFilings } : {}),
  };
}
