import { formatLongDate } from "@/lib/dates/format-date";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { SignatureBlock } from "@/lib/order-doc/types";

/** Each judge title as printed under the judge's name. */
export const JUDGE_TITLES = {
  district: "United States District Judge",
  senior: "Senior United States District Judge",
  chief: "Chief United States District Judge",
  magistrate: "United States Magistrate Judge",
} as const;

/** The date line and signature block, in the chambers' form ("/s/ Name", "Hon. Name", or the name in capitals). */
export function buildSignature(draft: MotionDraft, style: StyleProfile): SignatureBlock {
  const name = draft.case.judge.name?.trim() || "[Judge]";
  const title = JUDGE_TITLES[draft.case.judge.title ?? "district"];
  const signerLine =
    style.signature.form === "s-slash"
      ? `/s/ ${name}`
      : style.signature.form === "hon"
        ? `Hon. ${name}`
        : name.toLocaleUpperCase("en-US");
  const block: SignatureBlock = {
    signerLine,
    titleLine: style.signature.titleCase === "upper" ? title.toLocaleUpperCase("en-US") : title,
  };
  if (style.signature.dateLine)
    block.dateLine = `Dated: ${draft.orderDate ? formatLongDate(draft.orderDate) : "________________"}`;
  return block;
}
