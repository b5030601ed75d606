import type { StayKind } from "@/lib/motion/stay-schema";

/** Stays of proceedings in this court (what "Proceedings in this Court are STAYED" decrees). */
export const PROCEEDINGS_STAY_KINDS: ReadonlySet<StayKind> = new Set([
  "proceedings",
  "proceedings-pending-other-court",
  "proceedings-further-order",
]);

/** Stays that wait for the § 1292(b) petition or appeal: moot when the court itself declines to certify. */
export const PENDING_APPEAL_STAY_KINDS: ReadonlySet<StayKind> = new Set(["proceedings", "order-pending-appeal"]);

/** The kind a draft's stay has; schema versions 1 and 2 left a stay of proceedings unnamed. */
export const stayKindOf = (kind: StayKind | undefined): StayKind => kind ?? "proceedings";
