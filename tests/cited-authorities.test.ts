import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getProposition } from "@/lib/authorities";
import { MotionDraftSchema } from "@/lib/motion/schema";
import type { Block, Inline } from "@/lib/order-doc/types";
import { draftOrder } from "@/lib/order/draft-order";
import { TEMPLATE_AUTHORITIES } from "@/lib/order/view-model/cite-view";
import { citedAuthorityIds } from "@/lib/standards/cited-authorities";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const files = ["seeds", "grants", "circuits", "stress"].flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((file) => /^\d{3}\.json$/.test(file))
    .map((file) => path.join(set, file)),
);

const inlinesOf = (block: Block): Inline[] => (block.kind === "list" ? block.items.flat() : block.content);

/** Every authority a composed order prints, parentheticals included. */
function printedAuthorityIds(blocks: Block[]): string[] {
  return blocks.flatMap(inlinesOf).flatMap((inline) => {
    if (inline.kind !== "cite") return [];
    const { authorityId, propositionId } = inline.token;
    const proposition = propositionId ? getProposition(authorityId, propositionId) : undefined;
    return [authorityId, proposition?.quoting?.authorityId, proposition?.citing?.authorityId].filter(
      (id): id is string => id !== undefined,
    );
  });
}

// The check for authorities decided after the order reads `citedAuthorityIds`: it must see everything printed.
describe.each(files)("fixture %s", (file) => {
  it("cites nothing the date check cannot see", () => {
    const draft = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
    const { doc, findings } = draftOrder(draft);
    const seen = citedAuthorityIds(draft, findings);
    const fromTemplates = new Set<string>(Object.values(TEMPLATE_AUTHORITIES));
    const printed = printedAuthorityIds([...doc.body, ...Object.values(doc.footnotes).flat()]);
    expect(printed.filter((id) => !seen.has(id) && !fromTemplates.has(id))).toEqual([]);
  });
});
