import { PageOrientation } from "docx";
import type { StyleProfile } from "@/lib/style/style-profile";
import { isPleading } from "./paragraph-spacing";
import { inchesToTwips } from "./units";

/** Page geometry of an order, in inches (US letter). */
export type PageGeometry = {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
};

/** Number of numbered lines on pleading paper. */
export const PLEADING_LINES = 28;
/** Pitch of the pleading grid in points. */
export const PLEADING_PITCH_PT = 24;

/**
 * Page geometry per paper. Plain: 1" margins. Pleading paper: 1.5" left margin for the line
 * numbers and rule, 1" top so body line 1 sits on number 1, and a bottom margin leaving room for
 * exactly 28 lines of 24 pt (672 pt = 9.33"): 1 + 9.333 + 0.65 = 10.983" < 11", so the 29th line
 * never fits and each page holds 28 grid lines.
 */
export function pageGeometry(style: StyleProfile): PageGeometry {
  const letter = { width: 8.5, height: 11 };
  if (isPleading(style)) return { ...letter, top: 1, bottom: 0.65, left: 1.5, right: 0.75, header: 0.5, footer: 0.3 };
  return { ...letter, top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 };
}

/** Width between the margins, in twips. */
export function textWidthTwips(style: StyleProfile): number {
  const page = pageGeometry(style);
  return inchesToTwips(page.width - page.left - page.right);
}

/** The section's page properties for the `docx` package. */
export function pageProperties(style: StyleProfile) {
  const page = pageGeometry(style);
  return {
    size: {
      width: inchesToTwips(page.width),
      height: inchesToTwips(page.height),
      orientation: PageOrientation.PORTRAIT,
    },
    margin: {
      top: inchesToTwips(page.top),
      bottom: inchesToTwips(page.bottom),
      left: inchesToTwips(page.left),
      right: inchesToTwips(page.right),
      header: inchesToTwips(page.header),
      footer: inchesToTwips(page.footer),
      gutter: 0,
    },
  };
}
