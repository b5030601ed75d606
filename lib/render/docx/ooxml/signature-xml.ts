import type { SignatureBlock } from "@/lib/order-doc/types";
import type { DocxContext } from "../docx-context";
import { bodyLineTwips, bodySpacing } from "../paragraph-spacing";
import { SIGNATURE_INDENT } from "../signature-paragraphs";
import { paragraphXml } from "./paragraph-xml";
import { runXml } from "./run-xml";

/** The XML of `signatureParagraphs` (signature-paragraphs.ts). */
export function signatureXml(signature: SignatureBlock, ctx: DocxContext): string {
  const line = bodyLineTwips(ctx.style);
  let xml = "";
  if (signature.dateLine)
    xml += paragraphXml(
      { keepNext: true, keepLines: true, spacing: bodySpacing(ctx.style) },
      runXml({ text: signature.dateLine }),
    );
  const wetSignature = ctx.style.signature.form === "caps-name";
  xml += paragraphXml(
    {
      keepNext: true,
      keepLines: true,
      ...(wetSignature ? { border: { top: { style: "single", size: 6, color: "000000", space: 1 } } } : {}),
      spacing: bodySpacing(ctx.style, { before: wetSignature ? 2 * line : line }),
      indent: { left: SIGNATURE_INDENT },
    },
    runXml({ text: signature.signerLine }),
  );
  xml += paragraphXml(
    { keepLines: true, spacing: bodySpacing(ctx.style), indent: { left: SIGNATURE_INDENT } },
    runXml({ text: signature.titleLine }),
  );
  return xml;
}
