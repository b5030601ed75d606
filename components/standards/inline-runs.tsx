import type { Inline } from "@/lib/order-doc/types";

/** Text runs as the library formats them: italics, bold and underline marks, nothing added. */
export function InlineRuns({ runs }: { runs: readonly Inline[] }) {
  return (
    <>
      {runs.map((run, index) => {
        if (run.kind !== "text") return null;
        let node: React.ReactNode = run.text;
        if (run.marks?.includes("italic")) node = <em>{node}</em>;
        if (run.marks?.includes("bold")) node = <strong>{node}</strong>;
        if (run.marks?.includes("underline")) node = <u>{node}</u>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}
