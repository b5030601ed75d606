import type { Inline } from "@/lib/order-doc/types";

/**
 * Test helper: runs as one string with italic spans starred, adjacent italic runs kept apart
 * ("*See* *id.* at 3"). Not used by production code.
 */
export function starred(runs: readonly Inline[]): string {
  return runs
    .map((run) => (run.kind === "text" ? (run.marks?.includes("italic") ? `*${run.text}*` : run.text) : ""))
    .join("");
}
