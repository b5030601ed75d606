import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from "docx";
import type { DocxHooks, RunSource } from "@/lib/render/docx";
import { lineKey, type LineRedlines } from "./merge-fixed-lines";
import { blockRevisionOf, revisionOf, type Revision } from "./revision-tag";
import type { RedlinePart } from "./types";

/** Who made the changes, and when (every revision mark carries both). */
export type ChangeAuthor = { author: string; date: Date };

/**
 * The DOCX hooks that print a redline order (`redlineDoc`) as Word tracked changes: tagged
 * inlines as w:ins / w:del runs (keeping their italics and bold), inserted and deleted blocks
 * with their paragraph marks tracked too (so rejecting an inserted paragraph leaves no empty
 * one), and the caption, title, signature and heading/list labels from their line redlines.
 */
export function trackedChangeHooks(lines: LineRedlines, change: ChangeAuthor): DocxHooks {
  let nextId = 1;
  // Word writes whole seconds; some readers reject fractional ones.
  const date = change.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const mark = () => ({ id: nextId++, author: change.author, date });
  const run = (kind: RedlinePart["kind"], options: IRunOptions): ParagraphChild =>
    kind === "ins"
      ? new InsertedTextRun({ ...options, ...mark() })
      : kind === "del"
        ? new DeletedTextRun({ ...options, ...mark() })
        : new TextRun(options);
  // A line's runs in the builder's formatting; a line break (title lines) goes on the first run only.
  const fromParts = (parts: readonly RedlinePart[], options: IRunOptions): ParagraphChild[] =>
    parts.map((part, i) => {
      const { break: lineBreak, ...rest } = options;
      return run(part.kind, {
        ...rest,
        text: part.text,
        ...(i === 0 && lineBreak !== undefined ? { break: lineBreak } : {}),
      });
    });
  const labelRuns = (
    options: IRunOptions,
    source: Extract<RunSource, { kind: "label" }>,
  ): ParagraphChild[] | undefined => {
    const revision = blockRevisionOf(source.block);
    const whole: Revision | undefined = revision?.items?.[source.item] ?? revision?.status;
    if (source.tab) return whole ? [run(whole, options)] : undefined;
    const parts = revision?.labels?.[source.item];
    return parts ? fromParts(parts, options) : undefined;
  };
  return {
    runs(options, source) {
      switch (source.kind) {
        case "inline": {
          const revision = revisionOf(source.inline);
          return revision ? [run(revision, options)] : undefined;
        }
        case "label":
          return labelRuns(options, source);
        case "line": {
          const parts = lines.get(lineKey(source.part, source.index));
          return parts && parts.length > 0 ? fromParts(parts, options) : undefined;
        }
      }
    },
    paragraph(options, block, item) {
      const revision = blockRevisionOf(block);
      const whole = revision?.items?.[item] ?? revision?.status;
      if (!whole) return options;
      return {
        ...options,
        run: { ...options.run, ...(whole === "ins" ? { insertion: mark() } : { deletion: mark() }) },
      };
    },
  };
}
