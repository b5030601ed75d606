"use client";

import { OrderHtml } from "@/lib/render/html/order-html";
import type { DraftedOrder } from "@/lib/order/draft-order";

/** The order as it will print, on a page-like sheet, with a quiet note when it lags behind the answers. */
export function PreviewPane({ drafted, isStale }: { drafted?: DraftedOrder; isStale: boolean }) {
  return (
    <div className="order-preview">
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
