import { Packer, type Document } from "docx";
import { strFromU8, unzipSync } from "fflate";
import type { OrderDoc } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { escapeXml } from "./xml-text";
import { zipEntry, type ZipEntry } from "./zip/zip-writer";

/** The parts written per order; every other part of the package depends on the style alone. */
export const ORDER_PARTS = ["word/document.xml", "word/footnotes.xml", "docProps/core.xml"] as const;
type OrderPart = (typeof ORDER_PARTS)[number];

export type DocumentMeta = { title: string; subject: string; description: string };

/** `buildDocxDocument`, passed in (render-docx.ts calls this writer, so importing it back would be a cycle). */
export type DocumentBuilder = (doc: OrderDoc, style: StyleProfile) => Document;

/**
 * A style's .docx package with the order left out: every part as `docx` writes it for that
 * style, the style-only parts already compressed, and the three per-order parts split where the
 * order's content goes. Built once per style from `buildDocxDocument` itself, so styles,
 * numbering, settings, the pleading header, the footer and the section properties are exactly
 * those of the `docx` path.
 */
export type PackageTemplate = {
  /** The package's files in `docx`'s order: a finished entry, or the name of a per-order part. */
  files: (ZipEntry | OrderPart)[];
  document: { head: string; tail: string };
  footnotes: { head: string; tail: string };
  core: (meta: DocumentMeta, now: Date) => string;
};

const TOKEN = { title: "@@title@@", subject: "@@subject@@", description: "@@description@@" } as const;

/** The least order `buildDocxDocument` accepts; its body is cut out, its metadata are tokens. */
const SKELETON: OrderDoc = {
  caption: {
    courtLines: [],
    plaintiffs: { names: [], label: "" },
    defendants: { names: [], label: "" },
    caseNumberLine: "",
  },
  title: TOKEN.title,
  body: [],
  footnotes: {},
  signature: { signerLine: "", titleLine: "" },
  meta: { shortCaption: TOKEN.description, caseNumber: TOKEN.subject, courtName: "" },
};

// Static parts are compressed once: the best ratio costs nothing per order.
const STATIC_LEVEL = 9;

/** The part split where the order goes: after `start` (or at `end` when start is empty), before the last `end`. */
function cut(xml: string, start: string, end: string, name: string): { head: string; tail: string } {
  const to = xml.lastIndexOf(end);
  const from = start === "" ? to : xml.indexOf(start) + start.length;
  if (to < 0 || from < start.length || to < from) throw new Error(`${name}: no ${start} … ${end} to put the order in`);
  return { head: xml.slice(0, from), tail: xml.slice(to) };
}

/** core.xml for one order: the skeleton's, with the order's title, subject, description and time. */
function coreWriter(skeleton: string): PackageTemplate["core"] {
  const element = (xml: string, tag: string, token: string, value: string) =>
    xml.replace(`<${tag}>${token}</${tag}>`, value ? `<${tag}>${escapeXml(value)}</${tag}>` : "");
  return (meta, now) => {
    let xml = element(skeleton, "dc:title", TOKEN.title, meta.title);
    xml = element(xml, "dc:subject", TOKEN.subject, meta.subject);
    xml = element(xml, "dc:description", TOKEN.description, meta.description);
    return xml.replace(/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, `$1${now.toISOString()}`);
  };
}

async function buildTemplate(style: StyleProfile, build: DocumentBuilder): Promise<PackageTemplate> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(build(SKELETON, style))));
  const text = (name: OrderPart) => {
    const data = files[name];
    if (!data) throw new Error(`docx wrote no ${name}`);
    return strFromU8(data);
  };
  return {
    files: Object.entries(files).map(([name, data]) =>
      (ORDER_PARTS as readonly string[]).includes(name) ? (name as OrderPart) : zipEntry(name, data, STATIC_LEVEL),
    ),
    document: cut(text("word/document.xml"), "<w:body>", "<w:sectPr", "word/document.xml"),
    footnotes: cut(text("word/footnotes.xml"), "", "</w:footnotes>", "word/footnotes.xml"),
    core: coreWriter(text("docProps/core.xml")),
  };
}

// Few styles are ever in use (a district's defaults and a chambers' overrides); keep the recent ones.
const MAX_TEMPLATES = 32;
const templates = new Map<string, Promise<PackageTemplate>>();

/** The package template of a style, built with `build` on first use. */
export function packageTemplate(style: StyleProfile, build: DocumentBuilder): Promise<PackageTemplate> {
  const key = JSON.stringify(style);
  let template = templates.get(key);
  if (template) return template;
  template = buildTemplate(style, build);
  // A failed build is not kept, so the next order tries again.
  template.catch(() => templates.delete(key));
  templates.set(key, template);
  if (templates.size > MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
  return template;
}
