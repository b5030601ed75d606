import Link from "next/link";
import { statusLabel } from "./draft-tabs";

const FILTERS = [undefined, "drafting", "in-review", "returned", "approved"] as const;

/** Links that filter the drafts list by status (the current one marked for screen readers). */
export function StatusFilter({ current, counts }: { current?: string | undefined; counts: Record<string, number> }) {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <nav aria-label="Filter drafts by status" className="mt-6 flex flex-wrap gap-2 text-sm">
      {FILTERS.map((status) => {
        const isCurrent = status === current;
        const count = status ? (counts[status] ?? 0) : total;
        return (
          <Link
            key={status ?? "all"}
            href={status ? `/drafts?status=${status}` : "/drafts"}
            aria-current={isCurrent ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${isCurrent ? "border-seal bg-seal text-white" : "border-slate-400 bg-white text-seal hover:bg-slate-50"}`}
          >
            {status ? statusLabel(status) : "All"} ({count})
          </Link>
        );
      })}
    </nav>
  );
}
