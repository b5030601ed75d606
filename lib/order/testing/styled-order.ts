import { mergeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import { orderPlainText } from "@/lib/render/plain-text";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { draftOrder } from "../draft-order";
import { sampleDraft } from "../style-sample";

/**
 * Tests only: a small ready draft (Acme Widgets v. Wood Holdings, the defendant moving to certify,
 * ECF 45) granted or denied, in the given style, with any further answers deep-merged in.
 */
export function styledDraft(
  decision: "grant" | "deny",
  styleOverrides: StyleOverrides,
  overrides: DraftOverrides<MotionDraft> = {},
): MotionDraft {
  const base = mergeDraft(sampleDraft(styleOverrides), {
    certification: { decision, substantialGround: { basis: decision === "grant" ? "novel-and-difficult" : "none" } },
  });
  return mergeDraft(base, overrides);
}

/** Tests only: the order's title and its whole text on one line, as plain text prints it. */
export function printedOrder(draft: MotionDraft): { title: string; text: string } {
  const { doc, style } = draftOrder(draft);
  return { title: doc.title, text: orderPlainText(doc, style).replace(/\s+/g, " ") };
}
