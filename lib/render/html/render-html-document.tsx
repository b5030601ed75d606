import { renderToStaticMarkup } from "react-dom/server";
import type { OrderDoc } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { OrderHtml } from "./order-html";

/** The standalone page's own CSS: a grey desk under a white sheet, and print rules. */
export const DOCUMENT_CSS = [
  "html{background:#e5e5e5}",
  "body{margin:0;padding:24px 0}",
  ".order-doc{box-shadow:0 1px 4px rgba(0,0,0,.25)}",
  ".order-placeholder{background:#fff59d}",
  ".order-footnote-ref a,.order-footnote-back{color:inherit;text-decoration:none}",
  "@media print{html{background:none}body{padding:0}.order-doc{box-shadow:none}.order-footnote-back{display:none}}",
].join("\n");

/**
 * A complete standalone HTML document of the order (for the CLI's --html output): doctype,
 * <title> from the order, a small embedded stylesheet and the `OrderHtml` preview. All text
 * goes through React, so it is escaped.
 */
export function renderHtmlDocument(doc: OrderDoc, style: StyleProfile): string {
  const markup = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{doc.title}</title>
        <style>{DOCUMENT_CSS}</style>
      </head>
      <body>
        <OrderHtml doc={doc} style={style} />
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
