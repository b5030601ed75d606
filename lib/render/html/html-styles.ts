import type { CSSProperties } from "react";
import type { StyleProfile } from "@/lib/style/style-profile";

/** Inline style objects of the preview, derived from the style profile (the app may add CSS through the class names). */
export type HtmlStyles = {
  page: CSSProperties;
  /** The text column; on pleading paper it carries the double rule on its left. */
  sheet: CSSProperties;
  courtLine: CSSProperties;
  captionGrid: CSSProperties;
  captionLeft: CSSProperties;
  captionRight: CSSProperties;
  line: CSSProperties;
  title: CSSProperties;
  paragraph: CSSProperties;
  blockQuote: CSSProperties;
  list: CSSProperties;
  footnotes: CSSProperties;
  footnote: CSSProperties;
  signature: CSSProperties;
};

const LINE_HEIGHT = { double: "2", "one-and-half": "1.5", single: "1.15" } as const;

/**
 * A font name as a CSS string. The name is chambers-typed text: unescaped, a quote in it ended the
 * string and let the rest become declarations of its own (`x";background:url(…);"`), and a
 * backslash swallowed the declarations after it. Line breaks cannot appear in a CSS string.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&").replace(/[\n\r\f]/g, " ")}"`;
}

/**
 * The preview's look: a letter-size page with the style's font and size; body lines at the
 * style's spacing (exactly 24 pt on pleading paper, with a double rule down the left margin);
 * block quotes and footnotes single-spaced.
 */
export function htmlStyles(style: StyleProfile): HtmlStyles {
  const pleading = style.paper === "pleading-28";
  const lineHeight = pleading ? "24pt" : LINE_HEIGHT[style.lineSpacing];
  const gap = style.lineSpacing === "single" && !pleading ? "1em" : "0";
  return {
    page: {
      boxSizing: "border-box",
      maxWidth: "8.5in",
      margin: "0 auto",
      padding: pleading ? "1in 0.75in 0.65in 1.25in" : "1in",
      background: "#fff",
      color: "#000",
      fontFamily:
        style.font === "Times New Roman"
          ? `"Times New Roman", Times, serif`
          : `${cssString(style.font)}, "Times New Roman", Times, serif`,
      fontSize: `${style.fontSizePt}pt`,
      lineHeight,
    },
    sheet: pleading ? { borderLeft: "3px double #000", paddingLeft: "0.25in" } : {},
    courtLine: { margin: 0, textAlign: "center", fontWeight: "bold" },
    captionGrid: { display: "grid", gridTemplateColumns: "1fr 1fr", marginTop: pleading ? "24pt" : "2em" },
    captionLeft: pleading
      ? { borderRight: "1px solid #000", borderBottom: "1px solid #000", paddingRight: "0.1in" }
      : { paddingRight: "0.1in" },
    captionRight: { paddingLeft: "0.2in" },
    line: { margin: 0 },
    title: { margin: 0, fontSize: "inherit", fontWeight: "bold" },
    paragraph: { margin: `0 0 ${gap} 0` },
    blockQuote: { margin: "0 0.5in 1em 0.5in", lineHeight: pleading ? "12pt" : "1.15" },
    list: { listStyle: "none", margin: 0, padding: 0 },
    footnotes: {
      marginTop: "2em",
      fontSize: `${Math.min(12, Math.max(10, style.fontSizePt - 2))}pt`,
      lineHeight: "1.15",
    },
    footnote: { margin: "0 0 0.5em 0" },
    signature: { breakInside: "avoid" },
  };
}
