import type { Caption } from "@/lib/order-doc/types";

/** What an extra line of the caption is: the renderers place and indent it by this. */
export type CaptionExtraRole = "in-re" | "kind" | "number" | "judge" | "intro" | "case-name" | "case-number";

/** A caption line beyond the parties and the case number. */
export type CaptionExtraLine = { role: CaptionExtraRole; text: string };

/**
 * The caption's lines beyond the parties and the case number, in one fixed order: the In re name,
 * the case kind ("CIVIL ACTION"), further numbers, the judge's lines, what stands before the
 * listed cases, then each case's name and number. The caption grid places them; the review
 * redline keys them by their place in this list.
 */
export function captionExtraLines(caption: Caption): CaptionExtraLine[] {
  return [
    ...(caption.inRe !== undefined ? [{ role: "in-re" as const, text: caption.inRe }] : []),
    ...(caption.caseKindLine !== undefined ? [{ role: "kind" as const, text: caption.caseKindLine }] : []),
    ...caption.moreNumberLines.map((text) => ({ role: "number" as const, text })),
    ...caption.judgeLines.map((text) => ({ role: "judge" as const, text })),
    ...(caption.casesIntro !== undefined ? [{ role: "intro" as const, text: caption.casesIntro }] : []),
    ...caption.cases.flatMap((item) => [
      { role: "case-name" as const, text: item.name },
      { role: "case-number" as const, text: item.numberLine },
    ]),
  ];
}
