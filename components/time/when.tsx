import { formatWhen } from "@/lib/dates/format-when";

/** An instant as every page prints it, machine-readable in `dateTime`. */
export function When({ at, precise = false, className }: { at: Date; precise?: boolean; className?: string }) {
  return (
    <time dateTime={at.toISOString()} className={className}>
      {formatWhen(at, { precise })}
    </time>
  );
}
