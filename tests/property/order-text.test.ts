/**
 * What the order model prints, line by line: no right-to-left override or other explicit bidi
 * format a clerk typed stays open past the text it was typed in, a docket pin prints as typed, a
 * party is never designated by a blank name, and the download's file name is one every browser and
 * file system takes (an extension, whole characters, a valid header value).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftOrder } from "@/lib/order/draft-order";
import type { Block, Inline } from "@/lib/order-doc/types";
import { captionPartyLines } from "@/lib/render/caption-party-lines";
import { docxFileName } from "@/lib/wizard/docx-file-name";
import { attachmentHeaders } from "@/server/http/attachment-headers";
import { parseClerkMarker } from "@/lib/motion/clerk-markers";
import { designateMovant, designateOpponent } from "@/lib/order/party-names";
import { readyDraft } from "./arbitraries";
import { openBidiFormats } from "./bidi";
import { params, TIMEOUT } from "./config";
import { printedClerkTexts } from "./printed-form";

const inlineText = (content: Inline[]): string =>
  content
    .map((inline) =>
      inline.kind === "text"
        ? inline.text
        : inline.kind === "cite" || inline.kind === "docket"
          ? inlineText(inline.printed ?? [])
          : "\n",
    )
    .join("");
const blockTexts = (block: Block): string[] =>
  block.kind === "list" ? block.items.map(inlineText) : [inlineText(block.content)];
const blockInlines = (block: Block): Inline[] => (block.kind === "list" ? block.items.flat() : block.content);

describe("the order's printed lines", () => {
  it(
    "close every bidi format a clerk opened, keep every docket pin as typed, designate parties by name or role, and name the download safely",
    () => {
      fc.assert(
        fc.property(readyDraft, (draft) => {
          const { doc, findings, style } = draftOrder(draft);
          const lines = [
            ...captionPartyLines(doc.caption).map((line) => line.text),
            doc.caption.caseNumberLine,
            doc.title,
            ...doc.body.flatMap(blockTexts),
            ...Object.values(doc.footnotes).flat().flatMap(blockTexts),
            doc.signature.signerLine,
          ];
          // Each line as printed (a line break, typed or from the layout, starts a new one).
          for (const line of lines)
            for (const part of line.split(/[\r\n\u2028\u2029]/))
              expect(openBidiFormats(part), JSON.stringify(part)).toBe(0);

          // A pin typed in a docket marker ([[doc 12 at 3-4]]) is the pin of a docket reference, character for character
          // (quotes and backslashes aside: a pin is an attribute value, and those are dropped from it by design).
          const pins = new Set(
            [...doc.body, ...Object.values(doc.footnotes).flat()]
              .flatMap(blockInlines)
              .flatMap((inline) => (inline.kind === "docket" && inline.token.pin ? [inline.token.pin] : [])),
          );
          for (const { field, text } of printedClerkTexts(draft, findings, style)) {
            for (const match of text.matchAll(/\[\[([^[\]]{1,200})\]\]/g)) {
              const marker = parseClerkMarker(match[1]!);
              if (marker?.kind === "doc" && marker.pin)
                expect(pins, `${field}: ${match[0]}`).toContain(marker.pin.replace(/["\\]/g, ""));
            }
          }

          // The movant and its opponent are designated by role, or by role and their names as typed, trimmed: never by a blank.
          for (const designation of [designateMovant(draft), designateOpponent(draft)]) {
            const role = designation.label.split(" ")[0]!;
            expect([role, `${role} ${designation.names}`]).toContain(designation.label);
            expect(designation.names).toBe(designation.names.trim());
            expect([`${designation.label}'s`, `${designation.label}'`]).toContain(designation.possessive);
            if (designation.label !== role) expect(designation.names).not.toBe("");
          }

          const name = docxFileName(doc);
          expect(name).toMatch(/ - Order re 1292\(b\)\.docx$/);
          expect(name.length).toBeLessThanOrEqual(180);
          expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
          expect(() => attachmentHeaders(name, "application/octet-stream")).not.toThrow();
        }),
        params(30),
      );
    },
    TIMEOUT,
  );
});
