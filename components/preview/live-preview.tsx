"use client";

import { useMemo, useState } from "react";
import type { MotionDraft } from "@/lib/motion/schema";
import { draftOrder, type DraftedOrder } from "@/lib/order/draft-order";
import { OrderHtml } from "@/lib/render/html/order-html";
import { toValidDraft } from "@/lib/wizard/valid-draft";
import { useHydrated } from "@/components/ui/use-hydrated";

type Attempt = { ok: true; drafted: DraftedOrder } | { ok: false };

function attempt(draft: MotionDraft): Attempt {
  const valid = toValidDraft(draft);
  if (!valid) return { ok: false };
  try {
    return { ok: true, drafted: draftOrder(valid) };
  } catch (error) {
    // The pipeline drafts any valid draft, however incomplete (tests/property/docx.test.ts): a throw
    // here is a bug. The last good preview stays, with a quiet note, rather than a broken wizard.
    console.warn("Preview not updated:", error);
    return { ok: false };
  }
}

/**
 * The order as it will print, from the same pipeline as the Word file (evaluate → templates →
 * citations), on a page-like sheet. When the pipeline cannot draft the current answers, the last
 * good order stays, with a quiet note. This module holds the whole pipeline (LiquidJS, the
 * templates, the authority library, the holiday calendars): `PreviewPane` loads it lazily, so the
 * wizard's first page does not wait for it.
 */
export function LivePreview({ draft }: { draft: MotionDraft }) {
  const result = useMemo(() => attempt(draft), [draft]);
  const [lastGood, setLastGood] = useState<DraftedOrder | undefined>(undefined);
  if (result.ok && result.drafted !== lastGood) setLastGood(result.drafted);
  const drafted = result.ok ? result.drafted : lastGood;
  const isStale = !result.ok;
  // "live" once this chunk has loaded and taken over the server's HTML: what tests and the bench wait for.
  const isLive = useHydrated();
  return (
    <div data-preview={isLive ? "live" : "server"}>
      <p className="sr-only" aria-live="polite">
        {isStale ? "The preview shows the last version that could be drafted." : ""}
      </p>
      {isStale ? (
        <p className="mb-3 rounded border border-line bg-white px-3 py-2 text-sm text-muted">
          The preview shows the last version that could be drafted; it will catch up as you answer.
        </p>
      ) : null}
      {drafted ? (
        <div className="origin-top overflow-x-auto text-black [zoom:0.8] 2xl:[zoom:0.9]">
          <OrderHtml doc={drafted.doc} style={drafted.style} idPrefix="preview-" />
        </div>
      ) : (
        <p className="text-sm text-muted">The preview appears once the order can be drafted.</p>
      )}
    </div>
  );
}
