import type { Caption, CaptionForm, CaptionSide, OrderDoc, SignatureBlock } from "@/lib/order-doc/types";
import { captionExtraLines } from "@/lib/render/caption-extra-lines";
import { sideLines } from "@/lib/render/caption-party-lines";
import type { StyleProfile } from "@/lib/style/style-profile";
import { titleLayout } from "@/lib/render/title-layout";
import { alignSequences, type Aligned } from "./align-sequences";
import type { RedlinePart } from "./types";
import { wordDiff } from "./word-diff";

/** The redline of each fixed line (caption, title, signature) of the merged order, by `lineKey`. */
export type LineRedlines = Map<string, RedlinePart[]>;

/** The key of a fixed line, as the DOCX builder's `RunSource` names it. */
export const lineKey = (part: string, index: number): string => `${part}:${index}`;

/** What two lists of lines merge into: the merged lines (for the builder) and each one's redline. */
type MergedLines = { lines: string[]; redlines: RedlinePart[][] };

function lineRedline(pair: Aligned<string>): RedlinePart[] {
  switch (pair.status) {
    case "unchanged":
      return [{ kind: "same", text: pair.after }];
    case "changed":
      return wordDiff(pair.before, pair.after);
    case "inserted":
      return [{ kind: "ins", text: pair.after }];
    case "deleted":
      return [{ kind: "del", text: pair.before }];
  }
}

function mergeLines(before: readonly string[], after: readonly string[]): MergedLines {
  const pairs = alignSequences(before, after, (line) => line);
  return {
    lines: pairs.map((pair) => (pair.status === "deleted" ? pair.before : pair.after)),
    redlines: pairs.map(lineRedline),
  };
}

/** One side of the caption as printed ("JAMES LINLOR,", "Plaintiff,"), split into names and label. */
function printedSide(
  side: CaptionSide,
  labelEnding: "," | ".",
  form: CaptionForm["parties"],
): { names: string[]; label?: string } {
  const lines = sideLines(side, labelEnding, form);
  const label = lines.find((line) => line.role === "label")?.text;
  return { names: lines.filter((line) => line.role === "name").map((line) => line.text), ...(label ? { label } : {}) };
}

/** A caption side merged: names lined up, the role label diffed. Printed lines keep their punctuation, so the builder prints them as they are. */
function mergeSide(
  before: CaptionSide,
  after: CaptionSide,
  labelEnding: "," | ".",
  form: CaptionForm["parties"],
): { side: CaptionSide; redlines: RedlinePart[][] } {
  const b = printedSide(before, labelEnding, form);
  const a = printedSide(after, labelEnding, form);
  const names = mergeLines(b.names, a.names);
  const label = a.label ?? b.label;
  return {
    side: { names: names.lines, label: label ?? "" },
    redlines: [...names.redlines, ...(label ? [wordDiff(b.label ?? "", a.label ?? "")] : [])],
  };
}

/** The caption, title and signature of the redline order, with each printed line's redline. */
export function mergeFixedLines(
  before: OrderDoc,
  after: OrderDoc,
  style: StyleProfile,
): {
  caption: Caption;
  title: string;
  signature: SignatureBlock;
  redlines: LineRedlines;
} {
  const redlines: LineRedlines = new Map();
  const record = (part: string, lines: readonly RedlinePart[][]) =>
    lines.forEach((line, i) => redlines.set(lineKey(part, i), line));

  const court = mergeLines(
    before.caption.courtLines.map((l) => l.toUpperCase()),
    after.caption.courtLines.map((l) => l.toUpperCase()),
  );
  const form = after.caption.form.parties;
  const plaintiffs = mergeSide(before.caption.plaintiffs, after.caption.plaintiffs, ",", form);
  const defendants = mergeSide(before.caption.defendants, after.caption.defendants, ".", form);
  record("court", court.redlines);
  record("party", [
    ...plaintiffs.redlines,
    wordDiff(before.caption.versus, after.caption.versus),
    ...defendants.redlines,
  ]);
  record("case-number", [wordDiff(before.caption.caseNumberLine, after.caption.caseNumberLine)]);
  // The caption's further lines (numbers, judge, listed cases) are diffed line by line in place.
  const beforeExtras = captionExtraLines(before.caption);
  record(
    "caption",
    captionExtraLines(after.caption).map((line, i) => wordDiff(beforeExtras[i]?.text ?? "", line.text)),
  );

  const title = mergeLines(titleLayout(before, style).lines, titleLayout(after, style).lines);
  record("title", title.redlines);

  const dateLine = after.signature.dateLine || before.signature.dateLine;
  record("signature", [
    wordDiff(before.signature.dateLine ?? "", after.signature.dateLine ?? ""),
    wordDiff(before.signature.signerLine, after.signature.signerLine),
    wordDiff(before.signature.titleLine, after.signature.titleLine),
  ]);
  return {
    caption: {
      ...after.caption,
      courtLines: court.lines,
      plaintiffs: plaintiffs.side,
      defendants: defendants.side,
    },
    title: title.lines.join("\n"),
    signature: { ...after.signature, ...(dateLine ? { dateLine } : {}) },
    redlines,
  };
}
