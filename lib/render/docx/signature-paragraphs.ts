import { BorderStyle, Paragraph } from "docx";
import type { SignatureBlock } from "@/lib/order-doc/types";
import type { DocxContext } from "./docx-context";
import { hookedRuns } from "./docx-hooks";
import { bodyLineTwips, bodySpacing } from "./paragraph-spacing";
import { inchesToTwips } from "./units";

/** Where the signer's lines start: the right half of the page. */
export const SIGNATURE_INDENT = inchesToTwips(3.25);

/**
 * The signature block: the date line flush left, then the signer and title lines from 3.25".
 * Every paragraph keeps with the next, so the block never leaves its closing paragraph. The
 * "caps-name" form (a name typed under a wet signature) leaves a line of room and rules it.
 */
export function signatureParagraphs(signature: SignatureBlock, ctx: DocxContext): Paragraph[] {
  const line = bodyLineTwips(ctx.style);
  const keep = { keepNext: true, keepLines: true };
  const out: Paragraph[] = [];
  if (signature.dateLine) {
    out.push(
      new Paragraph({
        children: hookedRuns(ctx, { text: signature.dateLine }, { kind: "line", part: "signature", index: 0 }),
        spacing: bodySpacing(ctx.style),
        ...keep,
      }),
    );
  }
  const wetSignature = ctx.style.signature.form === "caps-name";
  out.push(
    new Paragraph({
      children: hookedRuns(ctx, { text: signature.signerLine }, { kind: "line", part: "signature", index: 1 }),
      indent: { left: SIGNATURE_INDENT },
      spacing: bodySpacing(ctx.style, { before: wetSignature ? 2 * line : line }),
      ...(wetSignature ? { border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } } } : {}),
      ...keep,
    }),
    new Paragraph({
      children: hookedRuns(ctx, { text: signature.titleLine }, { kind: "line", part: "signature", index: 2 }),
      indent: { left: SIGNATURE_INDENT },
      spacing: bodySpacing(ctx.style),
      keepLines: true,
    }),
  );
  return out;
}
