/**
 * A minimal XML tree for asserting on WordprocessingML in tests (tests only): elements with
 * attributes and children, text decoded. Handles what the `docx` package writes (no DTDs,
 * CDATA or comments).
 */
import { decodeXml } from "./read-docx";

/** An XML element. */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] };
/** An element or a run of text. */
export type XmlNode = XmlElement | string;

/** Parses XML text into its root element. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#root", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const token = /<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1];
    if (!top || m[0].startsWith("<?")) continue;
    if (m[1]) {
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? "").matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) attrs[a[1] ?? ""] = decodeXml(a[2] ?? "");
      const element: XmlElement = { name: m[2], attrs, children: [] };
      top.children.push(element);
      if (!m[4]) stack.push(element);
    } else if (m[5]) {
      top.children.push(decodeXml(m[5]));
    }
  }
  const first = root.children.find((child): child is XmlElement => typeof child !== "string");
  if (!first) throw new Error("no root element");
  return first;
}

/** Every descendant element named `name` (document order). */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (typeof child === "string") continue;
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

/** The first descendant named `name`, if any. */
export function findFirst(node: XmlElement, name: string): XmlElement | undefined {
  return findAll(node, name)[0];
}

/** The text of the w:t elements under a node. */
export function wText(node: XmlElement): string {
  return findAll(node, "w:t")
    .map((t) => t.children.filter((c): c is string => typeof c === "string").join(""))
    .join("");
}

/** The body paragraphs (w:p directly or in table cells) with their text. */
export function paragraphsWithText(root: XmlElement): { p: XmlElement; text: string }[] {
  return findAll(root, "w:p").map((p) => ({ p, text: wText(p) }));
}
