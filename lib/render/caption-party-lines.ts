import type { Caption, CaptionSide } from "@/lib/order-doc/types";

/** One printed line of the parties' side of a caption. */
export type CaptionPartyLine = {
  text: string;
  /** name: a party name; label: "Plaintiff,"; versus: "v.". Renderers indent labels and "v.". */
  role: "name" | "label" | "versus";
};

const ENDS_WITH_PUNCTUATION = /[,;.:]$/;

/** The line between the two sides. */
export const VERSUS_LINE: CaptionPartyLine = { role: "versus", text: "v." };

/** One side's printed lines: each name ending ",", then its label ending `labelEnding` (punctuation already there is kept). */
export function sideLines(side: CaptionSide, labelEnding: "," | "."): CaptionPartyLine[] {
  const names = side.names.map((name): CaptionPartyLine => {
    const trimmed = name.trim();
    return { role: "name", text: ENDS_WITH_PUNCTUATION.test(trimmed) ? trimmed : `${trimmed},` };
  });
  const label = side.label.trim();
  if (label === "") return names;
  return [...names, { role: "label", text: ENDS_WITH_PUNCTUATION.test(label) ? label : `${label}${labelEnding}` }];
}

/**
 * The parties' lines of a caption as every renderer prints them: plaintiffs' names each
 * ending ",", their label ("Plaintiff,"), "v.", the defendants' names, their label
 * ("Defendants."). Names are printed as given (the caption builder upper-cases them);
 * punctuation already present is kept.
 *
 * @example captionPartyLines(caption).map((l) => l.text)
 *   // → ["JAMES LINLOR,", "Plaintiff,", "v.", "FUTERO, INC.; and DOES 1-9,", "Defendants."]
 */
export function captionPartyLines(caption: Caption): CaptionPartyLine[] {
  return [...sideLines(caption.plaintiffs, ","), VERSUS_LINE, ...sideLines(caption.defendants, ".")];
}
