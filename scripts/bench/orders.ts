/**
 * The orders the benchmark renders: the three seed drafts and the stress draft, read and
 * validated once, and the in-process pipeline timed per order (draft → DOCX bytes).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type BenchOrder = { name: string; file: string; draft: MotionDraft };

const ORDER_FILES: { name: string; file: string }[] = [
  { name: "seed 000", file: "fixtures/seeds/000.json" },
  { name: "seed 001", file: "fixtures/seeds/001.json" },
  { name: "seed 002", file: "fixtures/seeds/002.json" },
  { name: "stress 301", file: "fixtures/stress/301.json" },
];

export function loadOrders(): BenchOrder[] {
  return ORDER_FILES.map(({ name, file }) => ({
    name,
    file,
    draft: MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(ROOT, file), "utf8"))),
  }));
}

/** The whole in-process pipeline of one order, as the download route runs it. */
export async function renderOrder(draft: MotionDraft): Promise<Uint8Array> {
  const { doc, style } = draftOrder(draft);
  return renderDocx(doc, style);
}
