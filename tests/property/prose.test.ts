/**
 * The prose check (lib/prose) over drafts typed as a clerk types them: a judge would sign every
 * one of them, so there is nothing for any rule to find.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftOrder } from "@/lib/order/draft-order";
import { checkProse, orderParagraphs } from "@/lib/prose";
import { clerkTexts } from "@/lib/prose/clerk-texts";
import { carelessDraft } from "./clerk-typing";
import { params, TIMEOUT } from "./config";

describe("the prose of orders drafted from carelessly typed answers", () => {
  it(
    "gives the prose check nothing to find",
    () => {
      fc.assert(
        fc.property(carelessDraft, (draft) => {
          const { doc, style } = draftOrder(draft);
          const findings = checkProse(orderParagraphs(doc, style), { clerkTexts: clerkTexts(draft) });
          expect(findings.map((f) => `${f.rule}: ${f.context}`)).toEqual([]);
        }),
        params(1000),
      );
    },
    TIMEOUT,
  );
});
