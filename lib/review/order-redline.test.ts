import { describe, expect, it } from "vitest";
import { orderTextBlocks } from "@/lib/render/order-text-blocks";
import { orderRedline } from "./order-redline";
import { ALL_EDITS, addedQuestion, changedFootnote, editedReason, removedDocketEntry } from "./testing/edits";
import type { OrderRedline, RedlineBlock } from "./types";
import { sideText } from "./word-diff";

const changed = (redline: OrderRedline): RedlineBlock[] =>
  redline.blocks.filter((block) => block.status !== "unchanged");
const marked = (block: RedlineBlock) =>
  block.parts.filter((part) => part.kind !== "same").map((part) => `${part.kind}:${part.text}`);

describe("orderRedline", () => {
  it("finds no change between an order and itself", () => {
    const { before, after } = editedReason();
    const redline = orderRedline(before.doc, before.doc, before.style);
    expect(changed(redline)).toEqual([]);
    expect(redline.summary).toMatchObject({
      wordsInserted: 0,
      wordsDeleted: 0,
      blocksChanged: 0,
      blocksInserted: 0,
      blocksDeleted: 0,
    });
    expect(redline.summary.blocksUnchanged).toBe(orderTextBlocks(after.doc, after.style).length);
  });

  it("lists exactly the reworded words of an edited reason", () => {
    const { before, after } = editedReason();
    const redline = orderRedline(before.doc, after.doc, after.style);
    const [block, ...others] = changed(redline);
    expect(others).toEqual([]);
    expect(block).toMatchObject({
      status: "changed",
      where: { part: "body", section: "reconsideration", kind: "paragraph" },
    });
    expect(marked(block!)).toEqual(["del:appears ", "ins:is plain "]);
    expect(redline.summary).toMatchObject({
      wordsInserted: 2,
      wordsDeleted: 1,
      blocksChanged: 1,
      blocksInserted: 0,
      blocksDeleted: 0,
    });
  });

  it("shows a removed docket entry as one deleted background paragraph", () => {
    const { before, after } = removedDocketEntry();
    const redline = orderRedline(before.doc, after.doc, after.style);
    const [block, ...others] = changed(redline);
    expect(others).toEqual([]);
    expect(block?.status).toBe("deleted");
    expect(block?.where).toMatchObject({ part: "body", section: "background", blockIndex: 2, paragraph: 1 });
    expect(block?.parts).toHaveLength(1);
    expect(block?.parts[0]?.text).toMatch(
      /^On March 16, 2018, Plaintiff filed two ex parte motions with the Court\. Doc\. Nos\. 44, 46\./,
    );
    expect(redline.summary.blocksDeleted).toBe(1);
    expect(redline.summary.wordsDeleted).toBe(block?.parts[0]?.text.split(/\s+/).length);
  });

  it("shows an added question as an inserted list item, with its number", () => {
    const { before, after } = addedQuestion();
    const [block, ...others] = changed(orderRedline(before.doc, after.doc, after.style));
    expect(others).toEqual([]);
    expect(block).toMatchObject({ status: "changed", where: { part: "body", kind: "list" } });
    expect(marked(block!)).toEqual(["ins:\n3. Whether the plaintiff consented to the recording."]);
  });

  it("diffs a footnote's text by footnote, not by its number", () => {
    const { before, after } = changedFootnote();
    const [block, ...others] = changed(orderRedline(before.doc, after.doc, after.style));
    expect(others).toEqual([]);
    expect(block).toMatchObject({ status: "changed", where: { part: "footnote", number: 1 } });
    expect(marked(block!)).toEqual(["del:4", "ins:5"]);
  });

  it.each(ALL_EDITS)("%s: the parts rebuild both revisions' printed text", (_name, edit) => {
    const { before, after } = edit();
    const redline = orderRedline(before.doc, after.doc, after.style);
    const texts = (side: "before" | "after") =>
      redline.blocks
        .filter((block) => block.status !== (side === "before" ? "inserted" : "deleted"))
        .map((block) => sideText(block.parts, side));
    const sorted = (list: string[]) => [...list].sort();
    // Blocks are grouped by part, so compare as multisets: every printed block, exactly once.
    expect(sorted(texts("before"))).toEqual(
      sorted(orderTextBlocks(before.doc, after.style).map((block) => block.text)),
    );
    expect(sorted(texts("after"))).toEqual(sorted(orderTextBlocks(after.doc, after.style).map((block) => block.text)));
  });
});
