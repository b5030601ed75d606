import { escapeXml } from "./xml-text";

/**
 * The run options this writer prints: the subset of `docx`'s IRunOptions the order's mapping
 * uses, plus the run contents `docx` makes from children (a tab, a footnote reference).
 */
export type RunXmlOptions = {
  text?: string;
  style?: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  highlight?: string;
  underline?: boolean;
  superScript?: boolean;
  /** Line breaks before the text. */
  break?: number;
  tab?: boolean;
  footnoteReference?: number;
  /** The footnote's own number mark at the start of a footnote. */
  footnoteRef?: boolean;
};

/** Run properties in the order `docx`'s RunProperties writes them. */
function runProperties(o: RunXmlOptions): string {
  let xml = "";
  if (o.style) xml += `<w:rStyle w:val="${escapeXml(o.style)}"/>`;
  if (o.bold !== undefined) xml += o.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (o.italics !== undefined) xml += o.italics ? "<w:i/><w:iCs/>" : '<w:i w:val="false"/><w:iCs w:val="false"/>';
  if (o.size !== undefined) xml += `<w:sz w:val="${o.size}"/>${o.size ? `<w:szCs w:val="${o.size}"/>` : ""}`;
  if (o.highlight) xml += `<w:highlight w:val="${escapeXml(o.highlight)}"/>`;
  if (o.underline) xml += '<w:u w:val="single"/>';
  if (o.superScript) xml += '<w:vertAlign w:val="superscript"/>';
  return xml === "" ? "" : `<w:rPr>${xml}</w:rPr>`;
}

export function runXml(o: RunXmlOptions): string {
  let xml = `<w:r>${runProperties(o)}`;
  for (let i = 0; i < (o.break ?? 0); i++) xml += "<w:br/>";
  if (o.tab) xml += "<w:tab/>";
  if (o.footnoteReference !== undefined) xml += `<w:footnoteReference w:id="${o.footnoteReference}"/>`;
  if (o.footnoteRef) xml += "<w:footnoteRef/>";
  if (o.text !== undefined) xml += `<w:t xml:space="preserve">${escapeXml(o.text)}</w:t>`;
  return `${xml}</w:r>`;
}
