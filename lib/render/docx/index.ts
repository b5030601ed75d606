/** DOCX renderer: `renderDocx(doc, style)` → the order as a Word file. */
export { renderDocx, buildDocxDocument, packDocx, type BuildDocxOptions } from "./render-docx";
export type { DocxHooks, RunSource } from "./docx-hooks";
