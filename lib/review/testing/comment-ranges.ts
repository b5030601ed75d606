/**
 * Reads Word comment ranges back from document.xml (tests only): for each comment id, the text
 * between its w:commentRangeStart and w:commentRangeEnd, and the order its marks come in.
 */
import { parseXml, type XmlElement } from "@/lib/render/testing/xml-tree";

/** One comment's marks in a document part. */
export type CommentRange = { text: string; marks: ("start" | "end" | "reference")[] };

const MARKS: Record<string, CommentRange["marks"][number]> = {
  "w:commentRangeStart": "start",
  "w:commentRangeEnd": "end",
  "w:commentReference": "reference",
};

/** Each comment id's enclosed text (w:t, tabs as spaces) and marks, in document order. */
export function commentRanges(documentXml: string): Map<string, CommentRange> {
  const ranges = new Map<string, CommentRange>();
  const open = new Set<string>();
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      const mark = MARKS[child.name];
      const id = child.attrs["w:id"] ?? "";
      if (mark) {
        const range = ranges.get(id) ?? { text: "", marks: [] };
        range.marks.push(mark);
        ranges.set(id, range);
        if (mark === "start") open.add(id);
        if (mark === "end") open.delete(id);
      } else if (child.name === "w:t" || child.name === "w:tab") {
        const text =
          child.name === "w:tab" ? " " : child.children.filter((c): c is string => typeof c === "string").join("");
        for (const id of open) {
          const range = ranges.get(id);
          if (range) range.text += text;
        }
      } else walk(child);
    }
  };
  walk(parseXml(documentXml));
  return ranges;
}
