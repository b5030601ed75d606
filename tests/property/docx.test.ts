/**
 * Every valid draft renders, and its Word file is a package Word opens whose text carries every
 * party's name and every reason the clerk entered, character for character.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftOrder } from "@/lib/order/draft-order";
import { splitMotionTitle } from "@/lib/order/view-model/motion-title";
import { renderDocx } from "@/lib/render/docx";
import { orderPlainText } from "@/lib/render/plain-text";
import { readDocx } from "@/lib/render/testing/read-docx";
import { incompleteDraft, readyDraft } from "./arbitraries";
import { params, TIMEOUT } from "./config";
import { docxPackageProblems } from "./docx-package";
import {
  captionName,
  movantNamesInBody,
  namedParties,
  normalize,
  printed,
  printedClerkTexts,
  titleCaps,
  verbatimPieces,
  withoutAsterisks,
} from "./printed-form";

describe("Word export of random drafts", () => {
  it(
    "renders every export-ready draft to a .docx Word opens, with every name and reason printed exactly",
    async () => {
      await fc.assert(
        fc.asyncProperty(readyDraft, async (draft) => {
          const { doc, findings, style } = draftOrder(draft);
          const bytes = await renderDocx(doc, style);
          expect(docxPackageProblems(bytes)).toEqual([]);
          // mammoth (a DOCX reader) opens it; body text and footnotes together.
          const docx = await readDocx(bytes);
          const text = normalize(`${docx.text} ${docx.footnotesText}`);
          for (const name of namedParties(draft))
            expect(text, "party name in the caption").toContain(captionName(name, style.caption.parties));
          for (const name of movantNamesInBody(draft))
            expect(text, "movant named in the body").toContain(printed(name));
          expect(text, "case number").toContain(printed(draft.case.caseNumber ?? ""));
          // A title of the form alone ("MEMORANDUM ORDER") names no motion: the whole title prints in capitals.
          expect(text, "title as filed, in capitals").toContain(
            style.titleRuling === "none"
              ? titleCaps(doc.title)
              : titleCaps(splitMotionTitle(draft.motion.titleAsFiled ?? "").title),
          );
          const judge = printed(draft.case.judge.name ?? "");
          expect(text, "judge's name").toContain(
            style.signature.form === "caps-name" ? judge.toLocaleUpperCase("en-US") : judge,
          );
          const starless = withoutAsterisks(text);
          for (const { field, text: typed } of printedClerkTexts(draft, findings, style)) {
            for (const piece of verbatimPieces(typed)) expect(starless, field).toContain(piece);
          }
        }),
        params(100),
      );
    },
    TIMEOUT,
  );

  it(
    "renders every valid draft, however incomplete (the live preview's case)",
    async () => {
      await fc.assert(
        fc.asyncProperty(incompleteDraft, async (draft) => {
          const { doc, style } = draftOrder(draft);
          expect(orderPlainText(doc, style).length).toBeGreaterThan(0);
          expect(docxPackageProblems(await renderDocx(doc, style))).toEqual([]);
        }),
        params(50),
      );
    },
    TIMEOUT,
  );
});
