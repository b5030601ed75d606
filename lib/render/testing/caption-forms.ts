/**
 * One order per caption form, built through the caption builder from a draft in the district that
 * prints it (tests only): the renderers' tests print each and compare Word, HTML and plain text.
 */
import { defaultStyleFor, findDistrict, mergeStyle, type StyleOverrides } from "@/lib/courts";
import type { CaseCaption } from "@/lib/motion/caption-schema";
import type { MotionDraft, Party } from "@/lib/motion/schema";
import { makeDraft, mergeDraft, type DraftOverrides } from "@/lib/motion/testing";
import { buildCaption } from "@/lib/order/caption";
import type { OrderDoc } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { sampleOrder } from "./order-fixtures";

const party = (id: string, side: Party["side"], name: string): Party => ({ id, side, name });

const TWO_SIDES = [
  party("p1", "plaintiff", "Bonnie Crankshaw"),
  party("d1", "defendant", "City of Elgin"),
  party("d2", "defendant", "Thomas Mattis"),
];

const DARVOCET = {
  actions: "in-re",
  inReName: "Darvocet, Darvon and Propoxyphene Products Liability Litigation",
  numberLabel: "Master File No.",
  division: "Northern Division",
  moreNumbers: [{ id: "mdl", label: "MDL Docket No.", number: "2226" }],
  cases: [
    { id: "c1", name: "Esposito v. Xanodyne Pharm., Inc., et al.", number: "2:11-175-DCR" },
    { id: "c2", name: "Corso v. Teva Pharm. USA, Inc., et al.", number: "2:11-179-DCR" },
  ],
} satisfies CaseCaption;

export type CaptionFormCase = { name: string; doc: OrderDoc; style: StyleProfile };

function formCase(
  name: string,
  districtId: string,
  overrides: DraftOverrides<MotionDraft>,
  styleOverrides: StyleOverrides = {},
): CaptionFormCase {
  const base = makeDraft({
    case: {
      districtId,
      judge: { name: "Robert Pitman", title: "district" },
      parties: TWO_SIDES,
      caseNumber: "1:18-CV-75-RP",
    },
  });
  const draft = mergeDraft(base, overrides);
  const style = mergeStyle(defaultStyleFor(districtId), styleOverrides);
  return { name, style, doc: sampleOrder({ caption: buildCaption(draft, findDistrict(districtId), style) }) };
}

/** Every caption form the product prints, each as a whole order. */
export const CAPTION_FORMS: CaptionFormCase[] = [
  formCase("generic (N.D. Ill.)", "ilnd", {}),
  formCase("pleading paper, two-column (S.D. Cal.)", "casd", {}),
  formCase("labels at the right, V. (N.D. Miss.)", "msnd", {}),
  formCase("VERSUS rows (M.D. La.)", "lamd", {}),
  formCase("§ divider (W.D. Tex.)", "txwd", {}),
  formCase("boxed, ) divider (D.D.C.)", "dcd", {}),
  formCase("judge under the number (E.D. Mich.)", "mied", {}),
  formCase("judge under the title (S.D.N.Y.)", "nysd", {}),
  formCase("MDL with member cases, ) divider (E.D. Ky.)", "kyed", {
    case: { caseNumber: "2: 11-md-2226-DCR", caption: DARVOCET },
  }),
  formCase("In re, all cases (N.D. Ill.)", "ilnd", {
    case: { caption: { actions: "in-re", inReName: "Acme Securities Litigation", relatesTo: "all-actions" } },
  }),
  formCase("consolidated on pleading paper (S.D. Cal.)", "casd", {
    case: {
      caption: { actions: "consolidated", cases: [{ id: "c", name: "Poe v. City of Elgin", number: "1:18-CV-80-RP" }] },
    },
  }),
  formCase("consolidated, listed, § divider (W.D. Tex.)", "txwd", {
    case: {
      caption: {
        actions: "consolidated",
        relatesTo: "listed-cases",
        cases: [{ id: "c", name: "Poe v. City of Elgin", number: "1:18-CV-80-RP" }],
      },
    },
  }),
  formCase(
    "labels at the right with § and a box (a chambers' own mix)",
    "msnd",
    {},
    { caption: { divider: "section-signs", boxed: true } },
  ),
];
