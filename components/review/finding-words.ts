import type { CompanionDisposition, ElementStatus, StayDisposition } from "@/lib/standards";

/** Element findings in plain words for the clerk (not the order's words: those come from templates). */
export const ELEMENT_STATUS_WORDS: Record<ElementStatus, string> = {
  met: "Met",
  "not-met": "Not met",
  "not-reached": "Not reached",
  unanswered: "Not answered yet",
};

export const COMPANION_WORDS: Record<CompanionDisposition, string> = {
  granted: "Granted",
  denied: "Denied",
  "denied-as-moot": "Denied as moot",
  "not-requested": "Not requested",
  undecided: "Not decided yet",
};

export const STAY_WORDS: Record<StayDisposition, string> = {
  ...COMPANION_WORDS,
  deferred: "Deferred",
  "granted-in-part": "Granted in part",
};

export const CERTIFICATION_WORDS = { granted: "Granted", denied: "Denied", undecided: "Not decided yet" } as const;
