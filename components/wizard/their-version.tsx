"use client";

import type { MotionDraft } from "@/lib/motion/schema";
import { PreviewPane } from "@/components/preview/preview-pane";

/** The other person's version of the order, as it will print, for the clerk to compare with their own. */
export function TheirVersion({ theirs }: { theirs: MotionDraft }) {
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="The other version of the order"
      className="mt-3 max-h-[32rem] overflow-y-auto rounded bg-slate-200/70 p-4"
    >
      <PreviewPane draft={theirs} />
    </div>
  );
}
