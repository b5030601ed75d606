import { AlignmentType, Footer, PageNumber, TextRun } from "docx";
import type { StyleProfile } from "@/lib/style/style-profile";
import { FormattedOnceParagraph } from "./formatted-once";

/** The footer: the page number, centered ("- 2 -" on pleading paper, "2" on plain paper). Built once per style (`styleParts`). */
export function pageNumberFooter(style: StyleProfile): Footer {
  const pleading = style.paper === "pleading-28";
  return new Footer({
    children: [
      new FormattedOnceParagraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, line: 240 },
        children: [new TextRun({ children: pleading ? ["- ", PageNumber.CURRENT, " -"] : [PageNumber.CURRENT] })],
      }),
    ],
  });
}
