import { DISTRICT_CAPTION_FORMS as CAPTION } from "./district-caption-forms";
import type { StyleOverrides } from "@/lib/style/style-overrides";

/** California's four districts print on 28-line pleading paper with a two-column caption (C.D. Cal., E.D. Cal., N.D. Cal., S.D. Cal. local rules). */
const CALIFORNIA_PLEADING = {
  paper: "pleading-28",
  captionLayout: "two-column",
  caption: { numberLabel: "Case No.:" },
  headingStyle: "caps-centered",
} as const satisfies StyleOverrides;

/**
 * Each district's customary departures from DEFAULT_STYLE, keyed by district id. The E.D. Cal.,
 * S.D. Cal. and D.N.M. entries follow the seed orders in shared/seeds; the caption forms are
 * DISTRICT_CAPTION_FORMS' (each with the orders it was seen in).
 */
export const DISTRICT_STYLE_OVERRIDES = {
  cand: CALIFORNIA_PLEADING,
  cacd: CALIFORNIA_PLEADING,
  caed: {
    ...CALIFORNIA_PLEADING,
    docketCite: { form: "ecf-no", pinSeparator: ", p. ", useId: false },
    titleDocketRef: "parenthetical",
    headingStyle: "roman-letter",
    signature: { form: "s-slash", titleCase: "upper", dateLine: true },
    introOpening: "pending-before",
  },
  casd: {
    ...CALIFORNIA_PLEADING,
    docketCite: { form: "doc-no", pinSeparator: " at ", useId: true },
    titleDocketRef: "bracket-line",
    boldDispositionVerbs: true,
    introOpening: "presently-before",
    signature: { form: "hon", titleCase: "title", dateLine: true },
    headingStyle: "caps-centered",
  },
  nmd: {
    docketCite: { form: "docket-no-bracket", pinSeparator: " at ", useId: false },
    headingStyle: "none",
    titleDocketRef: "none",
    introOpening: "this-matter",
    signature: { form: "caps-name", titleCase: "upper", dateLine: false },
    captionLayout: "stacked",
  },
  lamd: { caption: CAPTION.lamd.caption },
  msnd: { caption: CAPTION.msnd.caption },
  mssd: { caption: CAPTION.mssd.caption },
  txwd: { caption: CAPTION.txwd.caption },
  mied: { caption: CAPTION.mied.caption },
  nysd: { caption: CAPTION.nysd.caption },
  kyed: { caption: CAPTION.kyed.caption },
  dcd: { caption: CAPTION.dcd.caption },
} as const satisfies Record<string, StyleOverrides>;
