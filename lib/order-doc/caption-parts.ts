import type { Caption } from "./types";

/**
 * The parts of a one-action caption in the generic form, for captions built by hand (tests, a
 * document that is not an order): names over their role labels, "v." between, nothing further.
 */
export const ONE_ACTION_CAPTION_PARTS = {
  form: { parties: "labels-below", boxed: false },
  versus: "v.",
  moreNumberLines: [],
  judgeLines: [],
  cases: [],
} as const satisfies Omit<Caption, "courtLines" | "plaintiffs" | "defendants" | "caseNumberLine">;
