import type { OrderDoc } from "@/lib/order-doc/types";
import { headingLabels } from "../../heading-labels";
import type { DocxContext } from "../docx-context";
import { blockXml } from "./block-xml";
import { captionXml } from "./caption-xml";
import { signatureXml } from "./signature-xml";

/** The body of document.xml as `buildDocxDocument` lays it out: caption, body blocks (the last kept with the signature), signature. */
export function bodyXml(doc: OrderDoc, ctx: DocxContext): string {
  const labels = headingLabels(doc.body, ctx.style.headingStyle);
  const lastIndex = doc.body.length - 1;
  let xml = captionXml(doc, ctx);
  doc.body.forEach((block, i) => {
    const label = labels[i];
    xml += blockXml(block, ctx, { ...(label ? { label } : {}), keepNext: i === lastIndex });
  });
  return xml + signatureXml(doc.signature, ctx);
}
