import type { Inline } from "@/lib/order-doc/types";
import { printedContent } from "../../printed-content";
import type { DocxContext } from "../docx-context";
import type { RunFormat } from "../inline-runs";
import { runXml } from "./run-xml";

/** The XML of the runs `inlineRuns` (inline-runs.ts) builds for the same content and format. */
export function inlineXml(content: readonly Inline[], ctx: DocxContext, format: RunFormat = {}): string {
  let xml = "";
  for (const inline of content) {
    switch (inline.kind) {
      case "text": {
        const marks = [...(format.marks ?? []), ...(inline.marks ?? [])];
        xml += runXml({
          text: inline.text,
          ...(marks.includes("italic") ? { italics: true } : {}),
          ...(marks.includes("bold") ? { bold: true } : {}),
          ...(marks.includes("underline") ? { underline: true } : {}),
          ...(format.highlight ? { highlight: "yellow" } : {}),
          ...(format.size ? { size: format.size } : {}),
        });
        break;
      }
      case "lineBreak":
        xml += runXml({ break: 1 });
        break;
      case "footnoteRef": {
        const n = ctx.footnotes.numberOf(inline.footnoteId);
        xml += format.inFootnote
          ? runXml({ text: String(n), superScript: true, ...(format.size ? { size: format.size } : {}) })
          : runXml({ style: "FootnoteReference", footnoteReference: n });
        break;
      }
      case "cite":
      case "docket": {
        const printed = printedContent(inline);
        xml += inlineXml(printed.content, ctx, { ...format, highlight: format.highlight || printed.placeholder });
        break;
      }
    }
  }
  return xml;
}
