import type { Caption, CaptionForm, CaptionSide } from "@/lib/order-doc/types";

/** One printed line of the parties' side of a caption. */
export type CaptionPartyLine = {
  text: string;
  /** name: a party name; label: "Plaintiff,"; versus: "v.". Renderers indent labels and "v." under labels-below. */
  role: "name" | "label" | "versus";
};

const ENDS_WITH_PUNCTUATION = /[,;.:]$/;

/**
 * One side's printed lines: its names, then its label. Under labels-below each name ends "," and
 * the label `labelEnding` (punctuation already there is kept); the other forms print names and
 * label as built ("PLAINTIFF", no label at all under versus-rows).
 */
export function sideLines(
  side: CaptionSide,
  labelEnding: "," | ".",
  parties: CaptionForm["parties"] = "labels-below",
): CaptionPartyLine[] {
  const punctuate = parties === "labels-below";
  const names = side.names.map((name): CaptionPartyLine => {
    const trimmed = name.trim();
    return { role: "name", text: !punctuate || ENDS_WITH_PUNCTUATION.test(trimmed) ? trimmed : `${trimmed},` };
  });
  const label = side.label.trim();
  if (label === "") return names;
  const text = !punctuate || ENDS_WITH_PUNCTUATION.test(label) ? label : `${label}${labelEnding}`;
  return [...names, { role: "label", text }];
}

/**
 * The parties' lines of a caption in reading order: plaintiffs' names and label, the word between
 * the sides, the defendants' names and label. Names are printed as given (the caption builder
 * upper-cases them). An "In re" caption has no parties' lines. The caption grid places these
 * lines; the review redline keys them by their place in this list.
 *
 * @example captionPartyLines(caption).map((l) => l.text)
 *   // → ["JAMES LINLOR,", "Plaintiff,", "v.", "FUTERO, INC.; and DOES 1-9,", "Defendants."]
 */
export function captionPartyLines(caption: Caption): CaptionPartyLine[] {
  if (caption.inRe !== undefined) return [];
  const form = caption.form.parties;
  return [
    ...sideLines(caption.plaintiffs, ",", form),
    { role: "versus", text: caption.versus },
    ...sideLines(caption.defendants, ".", form),
  ];
}
