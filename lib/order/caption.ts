import type { District } from "@/lib/courts";
import type { CaseCaption } from "@/lib/motion/caption-schema";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { Caption, CaptionCase } from "@/lib/order-doc/types";
import { captionSide } from "./caption-sides";
import { numberLine } from "./caption-number";
import { JUDGE_TITLES } from "./signature";

const RELATES_TO = {
  "all-cases": "THIS DOCUMENT RELATES TO: ALL CASES",
  "all-actions": "THIS DOCUMENT RELATES TO: ALL ACTIONS",
  "listed-cases": "THIS DOCUMENT RELATES TO:",
} as const;

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== "";

/** "IN RE: DARVOCET, … LITIGATION" from the litigation's name, typed with or without "In re". */
function inReLine(name: string | undefined): string {
  const bare = (name ?? "").trim().replace(/^in\s+re:?\s*/i, "");
  return `IN RE: ${bare === "" ? "[LITIGATION]" : bare.toLocaleUpperCase("en-US")}`;
}

/** The cases listed after the lead case or the In re name, and what stands before them. */
function listedCases(
  caption: CaseCaption,
  label: string,
  namesEndInComma: boolean,
): { casesIntro?: string; cases: CaptionCase[] } {
  const relatesTo = caption.relatesTo;
  if (relatesTo === "all-cases" || relatesTo === "all-actions") return { casesIntro: RELATES_TO[relatesTo], cases: [] };
  const cases = (caption.cases ?? [])
    .filter((item) => filled(item.name) || filled(item.number))
    .map((item): CaptionCase => {
      const name = (item.name ?? "").trim();
      return {
        name: namesEndInComma && name !== "" && !/[,;:]$/.test(name) ? `${name},` : name,
        numberLine: filled(item.number) ? numberLine(label, item.number) : "",
      };
    });
  if (cases.length === 0) return { cases };
  const casesIntro =
    relatesTo === "listed-cases"
      ? RELATES_TO[relatesTo]
      : caption.actions === "consolidated"
        ? "Consolidated with:"
        : undefined;
  return { ...(casesIntro ? { casesIntro } : {}), cases };
}

/**
 * The caption is layout, so it is built in code: court lines (and the division), then either both
 * sides' names and roles or an "In re" name, the case number with its label and any further
 * numbers, the judge where the chambers names the judge in the caption, and the further actions a
 * consolidated or multidistrict caption lists, each with its number. Every word is chosen here;
 * the renderers only lay the caption out.
 */
export function buildCaption(draft: MotionDraft, district: District | undefined, style: StyleProfile): Caption {
  const form = style.caption;
  const caption = draft.case.caption ?? {};
  const severalActions = caption.actions === "consolidated" || caption.actions === "in-re";
  const isInRe = caption.actions === "in-re";
  const parties = draft.case.parties;
  const judgeName = draft.case.judge.name?.trim() ?? "";
  const judgeTitle = JUDGE_TITLES[draft.case.judge.title ?? "district"];
  const leadLabel = severalActions && filled(caption.numberLabel) ? caption.numberLabel : form.numberLabel;
  const caseNumber = (draft.case.caseNumber ?? "").trim();
  const noSide = { names: [], label: "" };
  return {
    courtLines: [
      ...(district?.captionLines ?? ["UNITED STATES DISTRICT COURT"]),
      ...(filled(caption.division) ? [caption.division.trim()] : []),
    ],
    form: {
      parties: form.parties,
      boxed: form.boxed,
      ...(form.divider === "section-signs" ? { divider: "§" } : form.divider === "parentheses" ? { divider: ")" } : {}),
    },
    ...(isInRe ? { inRe: inReLine(caption.inReName) } : {}),
    plaintiffs: isInRe
      ? noSide
      : captionSide(
          parties.filter((p) => p.side === "plaintiff"),
          "plaintiff",
          form.parties,
        ),
    defendants: isInRe
      ? noSide
      : captionSide(
          parties.filter((p) => p.side === "defendant"),
          "defendant",
          form.parties,
        ),
    versus: form.versus,
    ...(form.parties === "versus-rows" && !isInRe ? { caseKindLine: "CIVIL ACTION" } : {}),
    caseNumberLine: caseNumber === "" ? numberLine(leadLabel, "[case number]") : numberLine(leadLabel, caseNumber),
    moreNumberLines: severalActions
      ? (caption.moreNumbers ?? [])
          .filter((item) => filled(item.number))
          .map((item) => numberLine(item.label ?? "", item.number ?? ""))
      : [],
    judgeLines: form.judge === "under-number" && judgeName !== "" ? [judgeName, judgeTitle] : [],
    ...(severalActions ? listedCases(caption, form.numberLabel, form.parties === "labels-below") : { cases: [] }),
    ...(form.judge === "under-title" && judgeName !== ""
      ? { judgeUnderTitle: `${judgeName}, ${judgeTitle}`.toLocaleUpperCase("en-US") }
      : {}),
  };
}
