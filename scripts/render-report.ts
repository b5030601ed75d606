/**
 * What the CLI tells the clerk on stderr: the engine's warnings, each with its severity and the
 * wizard step that causes it, then what the draft still needs before it can be signed.
 */
import type { MotionDraft } from "../lib/motion/schema";
import type { ReadinessItem } from "../lib/standards/readiness";
import type { Warning } from "../lib/standards/types";
import { warningText } from "../lib/standards/warnings/warning-text";

export function reportLines(draft: MotionDraft, warnings: readonly Warning[], missing: readonly ReadinessItem[]) {
  const lines: string[] = [];
  if (warnings.length > 0) {
    lines.push(`Warnings (${warnings.length}):`);
    for (const warning of warnings)
      lines.push(`  ${warning.severity.padEnd(7)} [${warning.step}] ${warningText(warning, draft)}`);
  }
  if (missing.length > 0) {
    lines.push(`Still needed before the order can be signed (${missing.length}):`);
    for (const item of missing) lines.push(`  [${item.step}] ${item.field}: ${item.message}`);
  }
  return lines;
}

/** Why `--strict` refuses to write, or undefined when it may. */
export function strictRefusal(warnings: readonly Warning[], missing: readonly ReadinessItem[]): string | undefined {
  const errors = warnings.filter((warning) => warning.severity === "error").length;
  if (missing.length === 0 && errors === 0) return undefined;
  const reasons = [
    ...(missing.length > 0 ? [`the draft is not ready (${missing.length} answer(s) missing)`] : []),
    ...(errors > 0 ? [`${errors} warning(s) of severity "error"`] : []),
  ];
  return `--strict: nothing written: ${reasons.join(" and ")}.`;
}
