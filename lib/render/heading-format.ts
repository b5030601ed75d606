import type { StyleProfile } from "@/lib/style/style-profile";

/** How one heading level looks in a given heading style (shared by the DOCX and HTML renderers). */
export type HeadingFormat = {
  align: "left" | "center";
  /** Print the heading text in capitals (the text itself is upper-cased, so every renderer shows the same words). */
  caps: boolean;
  /** Indent steps of 0.5 inch before the label (roman-letter nests levels). */
  indentSteps: number;
};

/**
 * The look of a heading: "roman-letter" → bold, flush left, nested 0.5" per level;
 * "roman-caps" / "arabic-caps" → as roman-letter, level 1 in ALL CAPS;
 * "caps-centered" → level 1 centered bold ALL CAPS (lower levels bold flush left);
 * "none" → bold flush left. All headings are bold.
 */
export function headingFormat(level: 1 | 2 | 3, headingStyle: StyleProfile["headingStyle"]): HeadingFormat {
  if (headingStyle === "caps-centered" && level === 1) return { align: "center", caps: true, indentSteps: 0 };
  if (headingStyle === "roman-letter") return { align: "left", caps: false, indentSteps: level - 1 };
  // "I. BACKGROUND", "1. INTRODUCTION": the top level in capitals, lower levels nested as roman-letter.
  if (headingStyle === "roman-caps" || headingStyle === "arabic-caps")
    return { align: "left", caps: level === 1, indentSteps: level - 1 };
  return { align: "left", caps: false, indentSteps: 0 };
}
