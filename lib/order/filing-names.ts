import type { MotionDraft } from "@/lib/motion/schema";
import type { Block, DocketRefGroup, Inline } from "@/lib/order-doc/types";

/** The cite name of each docket entry the clerk named: "92" → "Mot. Interloc. App.". */
export function filingNames(draft: MotionDraft): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const entry of draft.docketEntries) {
    const name = entry.citeName?.trim();
    if (entry.number && name) names.set(entry.number, name);
  }
  return names;
}

/** A group of one named entry takes its name; a group of several is cited by number alone. */
function named<T extends DocketRefGroup>(group: T, names: ReadonlyMap<string, string>): T {
  const name = group.entries.length === 1 ? names.get(group.entries[0]!) : undefined;
  return name ? { ...group, name } : group;
}

function nameInlines(inlines: Inline[], names: ReadonlyMap<string, string>): Inline[] {
  return inlines.map((inline) =>
    inline.kind === "docket"
      ? {
          ...inline,
          token: {
            ...named(inline.token, names),
            ...(inline.token.also ? { also: inline.token.also.map((group) => named(group, names)) } : {}),
          },
        }
      : inline,
  );
}

/**
 * Docket references with the cite names the clerk gave their filings, for chambers that cite by
 * name ("(Mot. Interloc. App., Dkt. 92)"); the docket formatter prints a name only in that style.
 */
export function nameFilings(blocks: Block[], names: ReadonlyMap<string, string>): Block[] {
  if (names.size === 0) return blocks;
  return blocks.map((block) =>
    block.kind === "list"
      ? { ...block, items: block.items.map((item) => nameInlines(item, names)) }
      : { ...block, content: nameInlines(block.content, names) },
  );
}
