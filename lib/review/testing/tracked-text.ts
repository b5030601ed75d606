/**
 * Reads the text of a tracked-changes document part as Word shows it after "Accept all" or
 * "Reject all" (tests only): accepting drops w:del and keeps w:ins; rejecting drops w:ins and
 * keeps the w:delText of w:del. Tabs and breaks read as spaces, paragraphs as newlines.
 */
import { parseXml, type XmlElement } from "@/lib/render/testing/xml-tree";

/** Which revision of the text to read back. */
export type Resolution = "accept" | "reject";

function textOf(node: XmlElement, resolution: Resolution): string {
  const dropped = resolution === "accept" ? "w:del" : "w:ins";
  const visibleText = resolution === "accept" ? "w:t" : new Set(["w:t", "w:delText"]);
  let out = "";
  for (const child of node.children) {
    if (typeof child === "string") continue;
    if (child.name === dropped) continue;
    if (typeof visibleText === "string" ? child.name === visibleText : visibleText.has(child.name)) {
      out += child.children.filter((c): c is string => typeof c === "string").join("");
    } else if (child.name === "w:tab" || child.name === "w:br") out += " ";
    else out += textOf(child, resolution);
    if (child.name === "w:p") out += "\n";
  }
  return out;
}

/** The text of a part (document.xml, footnotes.xml) with every tracked change accepted or rejected. */
export function resolvedText(xml: string, resolution: Resolution): string {
  return textOf(parseXml(xml), resolution);
}
