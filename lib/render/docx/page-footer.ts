import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from "docx";
import type { StyleProfile } from "@/lib/style/style-profile";

/** The footer: the page number, centered ("- 2 -" on pleading paper, "2" on plain paper). */
export function pageNumberFooter(style: StyleProfile): Footer {
  const pleading = style.paper === "pleading-28";
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, line: 240 },
        children: [new TextRun({ children: pleading ? ["- ", PageNumber.CURRENT, " -"] : [PageNumber.CURRENT] })],
      }),
    ],
  });
}
