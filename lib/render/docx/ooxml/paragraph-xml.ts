import type { Spacing } from "../paragraph-spacing";

export type BorderXml = { style: string; size: number; color: string; space?: number };

/** The paragraph options this writer prints: the subset of `docx`'s IParagraphOptions the order's mapping uses. */
export type ParagraphXmlOptions = {
  keepNext?: boolean;
  keepLines?: boolean;
  border?: { top: BorderXml };
  spacing?: Partial<Spacing>;
  indent?: { left?: number; right?: number; hanging?: number; firstLine?: number };
  /** `docx`'s AlignmentType value: "left", "center", "both". */
  alignment?: string;
  outlineLevel?: number;
};

const onOff = (name: string, value: boolean) => (value ? `<w:${name}/>` : `<w:${name} w:val="false"/>`);

export function borderXml(name: string, b: BorderXml): string {
  return `<w:${name} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? "" : ` w:space="${b.space}"`}/>`;
}

/** Paragraph properties in the order `docx`'s ParagraphProperties writes them; attributes in its order too. */
function paragraphProperties(o: ParagraphXmlOptions): string {
  let xml = "";
  if (o.keepNext !== undefined) xml += onOff("keepNext", o.keepNext);
  if (o.keepLines !== undefined) xml += onOff("keepLines", o.keepLines);
  if (o.border) xml += `<w:pBdr>${borderXml("top", o.border.top)}</w:pBdr>`;
  if (o.spacing) {
    const s = o.spacing;
    xml += `<w:spacing${s.after === undefined ? "" : ` w:after="${s.after}"`}${s.before === undefined ? "" : ` w:before="${s.before}"`}${
      s.line === undefined ? "" : ` w:line="${s.line}"`
    }${s.lineRule === undefined ? "" : ` w:lineRule="${s.lineRule}"`}/>`;
  }
  if (o.indent) {
    const i = o.indent;
    xml += `<w:ind${i.left === undefined ? "" : ` w:left="${i.left}"`}${i.right === undefined ? "" : ` w:right="${i.right}"`}${
      i.hanging === undefined ? "" : ` w:hanging="${i.hanging}"`
    }${i.firstLine === undefined ? "" : ` w:firstLine="${i.firstLine}"`}/>`;
  }
  if (o.alignment) xml += `<w:jc w:val="${o.alignment}"/>`;
  if (o.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${o.outlineLevel}"/>`;
  return xml === "" ? "" : `<w:pPr>${xml}</w:pPr>`;
}

/** A paragraph; `lead` goes between its properties and its runs (the footnote mark of a footnote's first paragraph). */
export function paragraphXml(o: ParagraphXmlOptions, runs: string, lead = ""): string {
  const content = paragraphProperties(o) + lead + runs;
  return content === "" ? "<w:p/>" : `<w:p>${content}</w:p>`;
}
