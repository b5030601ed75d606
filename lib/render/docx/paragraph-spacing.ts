import { LineRuleType } from "docx";
import type { StyleProfile } from "@/lib/style/style-profile";

/** Paragraph spacing as the `docx` package takes it (twips; `line` in 240ths of a line when auto). */
export type Spacing = {
  line: number;
  lineRule: (typeof LineRuleType)[keyof typeof LineRuleType];
  before: number;
  after: number;
};

/** True for 28-line pleading paper, where body lines sit on an exact 24 pt grid. */
export const isPleading = (style: StyleProfile): boolean => style.paper === "pleading-28";

/** The body's line pitch in twips (one body line): 480 for double spacing and pleading paper. */
export function bodyLineTwips(style: StyleProfile): number {
  if (isPleading(style)) return 480;
  return { double: 480, "one-and-half": 360, single: 240 }[style.lineSpacing];
}

/**
 * Spacing of body paragraphs: exact 24 pt lines on pleading paper (so text stays on the
 * numbered grid), otherwise auto spacing from `style.lineSpacing`. Single-spaced bodies get a
 * blank line after each paragraph; double-spaced bodies need none.
 */
export function bodySpacing(style: StyleProfile, extra: { before?: number } = {}): Spacing {
  if (isPleading(style)) return { line: 480, lineRule: LineRuleType.EXACT, before: extra.before ?? 0, after: 0 };
  return {
    line: bodyLineTwips(style),
    lineRule: LineRuleType.AUTO,
    before: extra.before ?? 0,
    after: style.lineSpacing === "single" ? 240 : 0,
  };
}

/**
 * Spacing of single-spaced text (block quotes): exact 12 pt lines on pleading paper (half the
 * grid), auto single spacing otherwise, with a single-spaced blank line after.
 */
export function singleSpacing(style: StyleProfile): Spacing {
  if (isPleading(style)) return { line: 240, lineRule: LineRuleType.EXACT, before: 0, after: 240 };
  return { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 240 };
}

/** Spacing of footnote paragraphs: single-spaced with a small gap between paragraphs. */
export function footnoteSpacing(): Spacing {
  return { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 120 };
}

/** Footnote text size in half-points: two points under the body, kept between 10 and 12 pt. */
export function footnoteSizeHalfPoints(style: StyleProfile): number {
  return Math.min(12, Math.max(10, style.fontSizePt - 2)) * 2;
}
