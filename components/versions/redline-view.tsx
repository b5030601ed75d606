import { sectionName } from "@/components/review-page/comment-anchors";
import {
  groupUnchanged,
  type RedlineBlock,
  type RedlinePart,
  type RedlineSummary,
  type RedlineViewProps,
  type RedlineWhere,
} from "@/lib/review";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where a block prints, in words: "Background, paragraph 2", "Footnote 3", "Title". */
function blockLabel(where: RedlineWhere): string {
  switch (where.part) {
    case "court":
      return "Court name";
    case "party":
    case "caption":
    case "caption-divider":
      return "Caption";
    case "case-number":
      return "Case number";
    case "title":
      return "Title";
    case "title-ref":
      return "Title (docket reference)";
    case "title-judge":
      return "Title (judge)";
    case "body":
      return where.paragraph === undefined
        ? `${sectionName(where.section)}, heading`
        : `${sectionName(where.section)}, paragraph ${where.paragraph}`;
    case "signature":
      return where.line === "date" ? "Date line" : where.line === "signer" ? "Signature" : "Signer's title";
    case "footnote":
      return `Footnote ${where.number}`;
  }
}

const STATUS_WORDS: Record<RedlineBlock["status"], string> = {
  unchanged: "unchanged",
  changed: "changed",
  inserted: "added",
  deleted: "removed",
};

function summaryText(summary: RedlineSummary): string {
  const blocks = [
    summary.blocksChanged > 0 ? `${plural(summary.blocksChanged, "paragraph", "paragraphs")} changed` : "",
    summary.blocksInserted > 0 ? `${summary.blocksInserted} added` : "",
    summary.blocksDeleted > 0 ? `${summary.blocksDeleted} removed` : "",
  ].filter(Boolean);
  return `${plural(summary.wordsInserted, "word", "words")} inserted, ${summary.wordsDeleted} deleted; ${blocks.join(", ")}.`;
}

/** One stretch of text: kept as is, or marked up with a label screen readers announce (colour is never the only cue). */
function Part({ part }: { part: RedlinePart }) {
  if (part.kind === "ins") {
    return (
      <ins className="bg-green-50 text-green-900 underline decoration-green-700 decoration-2 underline-offset-2">
        <span className="sr-only">[insertion start] </span>
        {part.text}
        <span className="sr-only"> [insertion end]</span>
      </ins>
    );
  }
  if (part.kind === "del") {
    return (
      <del className="bg-red-50 text-red-900 line-through decoration-red-700 decoration-2">
        <span className="sr-only">[deletion start] </span>
        {part.text}
        <span className="sr-only"> [deletion end]</span>
      </del>
    );
  }
  return <>{part.text}</>;
}

function BlockText({ block }: { block: RedlineBlock }) {
  return (
    <p className="whitespace-pre-wrap font-serif leading-relaxed">
      {block.parts.map((part, i) => (
        <Part key={i} part={part} />
      ))}
    </p>
  );
}

/**
 * The readable redline of two revisions of an order: a one-line summary, then each changed,
 * added or removed block under its label ("Background, paragraph 2 — changed"), inserted words
 * underlined in green and deleted ones struck through in red, each announced by screen readers;
 * runs of unchanged blocks fold into "n unchanged paragraphs", which opens to show them.
 */
export function RedlineView({ redline, title }: RedlineViewProps) {
  const rows = groupUnchanged(redline.blocks);
  const hasChanges = rows.some((row) => row.kind === "block");
  return (
    <section aria-labelledby="redline-title" className="rounded-lg border border-line bg-white p-4">
      <h3 id="redline-title" className="text-base font-semibold">
        {title ?? "Changes"}
      </h3>
      <p className="mt-1 text-sm text-muted">
        {hasChanges ? summaryText(redline.summary) : "No changes to the order's text."}
      </p>
      <ol role="list" className="mt-4 grid list-none gap-4 p-0">
        {rows.map((row, i) =>
          row.kind === "block" ? (
            <li key={i} className="border-l-4 border-line pl-3">
              <p className="text-sm font-medium text-muted">
                {blockLabel(row.block.where)} <span className="font-normal">— {STATUS_WORDS[row.block.status]}</span>
              </p>
              <BlockText block={row.block} />
            </li>
          ) : (
            <li key={i}>
              <details>
                <summary className="cursor-pointer text-sm text-muted">
                  {plural(row.blocks.length, "unchanged paragraph", "unchanged paragraphs")}
                </summary>
                <div className="mt-2 grid gap-2 text-ink/80">
                  {row.blocks.map((block, j) => (
                    <BlockText key={j} block={block} />
                  ))}
                </div>
              </details>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
