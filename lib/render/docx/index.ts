/** DOCX renderer: `renderDocx(doc, style)` → the order as a Word file. */
export { renderDocx, buildDocxDocument } from "./render-docx";
