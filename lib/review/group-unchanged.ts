import type { RedlineBlock } from "./types";

/** A row of the redline view: one changed block, or a run of unchanged ones shown collapsed. */
export type RedlineRow = { kind: "block"; block: RedlineBlock } | { kind: "unchanged"; blocks: RedlineBlock[] };

/**
 * The redline's blocks as rows for display: each inserted, deleted or changed block on its own,
 * each run of unchanged blocks between them folded into one row ("12 unchanged paragraphs").
 */
export function groupUnchanged(blocks: readonly RedlineBlock[]): RedlineRow[] {
  const rows: RedlineRow[] = [];
  for (const block of blocks) {
    const last = rows[rows.length - 1];
    if (block.status !== "unchanged") rows.push({ kind: "block", block });
    else if (last?.kind === "unchanged") last.blocks.push(block);
    else rows.push({ kind: "unchanged", blocks: [block] });
  }
  return rows;
}
