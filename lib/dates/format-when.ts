/**
 * When something happened in the app (a save, a comment, an audit event), as every page prints it:
 * "Dec 5, 2026, 4:42 PM UTC". UTC, because chambers and the server may sit in different zones and
 * the audit trail must read the same to everyone; `precise` adds seconds for the audit trail.
 */
export function formatWhen(instant: Date, { precise = false }: { precise?: boolean } = {}): string {
  const text = instant.toLocaleString("en-US", {
    dateStyle: "medium",
    timeStyle: precise ? "medium" : "short",
    timeZone: "UTC",
  });
  return `${text} UTC`;
}

/** A calendar day in the app's lists ("Dec 5, 2026"), in UTC like `formatWhen`. */
export function formatDay(instant: Date): string {
  return instant.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });
}
