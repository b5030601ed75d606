/** HTML renderer: the `OrderHtml` preview component and `renderHtmlDocument` for a standalone page. */
export { OrderHtml, type OrderHtmlProps } from "./order-html";
export { renderHtmlDocument } from "./render-html-document";
