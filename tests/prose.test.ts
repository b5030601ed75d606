import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DraftOfAnyVersionSchema } from "@/lib/motion/draft-of-any-version";
import { draftOrder } from "@/lib/order/draft-order";
import { checkProse, orderParagraphs } from "@/lib/prose";
import { clerkTexts } from "@/lib/prose/clerk-texts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const drafts = readdirSync(FIXTURES).flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((file) => /^\d{3}\.json$/.test(file))
    .map((file) => path.join(set, file)),
);

describe("the prose check over every fixture", () => {
  it.each(drafts)("%s has nothing a judge would strike", (file) => {
    const draft = DraftOfAnyVersionSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
    const { doc, style } = draftOrder(draft);
    const findings = checkProse(orderParagraphs(doc, style), { clerkTexts: clerkTexts(draft) });
    expect(findings.map((f) => `${f.rule}: ${f.context}`)).toEqual([]);
  });
});
