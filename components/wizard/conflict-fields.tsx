import type { DraftConflict } from "@/lib/wizard/merge-drafts";

const MAX_CHARS = 160;

/** An answer as the banner quotes it. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") return value.length > MAX_CHARS ? `“${value.slice(0, MAX_CHARS)}…”` : `“${value}”`;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ") || "(empty)";
  return "(changed)";
}

/** The answers both sides changed, each with its step, and mine beside theirs. */
export function ConflictFields({ conflicts, theirsName }: { conflicts: DraftConflict[]; theirsName: string }) {
  return (
    <ul className="mt-2 grid gap-1 text-sm">
      {conflicts.map((conflict) => (
        <li key={`${conflict.field}-${conflict.kind}`}>
          <span className="font-medium">{conflict.label}</span>
          {conflict.kind === "order" ? (
            <span className="text-muted"> — both moved its items</span>
          ) : (
            <span className="text-muted">
              {" "}
              — yours: {shown(conflict.mine)}; {theirsName}: {shown(conflict.theirs)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
