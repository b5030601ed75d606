import { defaultStyleFor, findDistrict, mergeStyle, type District } from "@/lib/courts";
import type { MotionDraft } from "@/lib/motion/schema";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { withAuthorities } from "@/lib/authorities";
import { toChambersAuthority } from "@/lib/chambers-library/to-authority";
import { evaluate } from "@/lib/standards";
import type { Findings } from "@/lib/standards/types";
import { compose } from "./compose";
import { printableDraft } from "./printable-text";
import { resolveCitations } from "./resolve-citations";
import type { OrderDoc } from "@/lib/order-doc/types";

/** The style an order prints in: the district's defaults with the chambers' overrides. */
export function styleForDraft(
  draft: MotionDraft,
  district: District | undefined = findDistrict(draft.case.districtId ?? ""),
): StyleProfile {
  return mergeStyle(district ? defaultStyleFor(district.id) : DEFAULT_STYLE, draft.styleOverrides ?? {});
}

export type DraftedOrder = { doc: OrderDoc; findings: Findings; style: StyleProfile };

/** The whole pipeline, and the only way any caller gets an order: evaluate → compose → resolve citations. */
export function draftOrder(typed: MotionDraft): DraftedOrder {
  // Characters Word cannot hold are dealt with once, here, so every renderer prints the same words.
  const draft = printableDraft(typed);
  const district = findDistrict(draft.case.districtId ?? "");
  const style = styleForDraft(draft, district);
  // The chambers' own authorities the draft cites are known to the whole pipeline, as the draft keeps them.
  return withAuthorities((typed.chambersAuthorities ?? []).map(toChambersAuthority), () => {
    const findings = evaluate(draft);
    const doc = resolveCitations(compose(draft, findings, style, district), style);
    return { doc, findings, style };
  });
}
