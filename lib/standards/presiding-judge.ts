import type { MotionDraft } from "@/lib/motion/schema";
import type { Findings } from "./types";

/**
 * Who may decide the motion: § 1292(b) speaks of "a district judge"; a magistrate judge may do so
 * only when presiding by the parties' consent. Consent not recorded counts as no consent.
 * @see 28 U.S.C. § 636(c)
 */
export function presidingJudge(draft: MotionDraft): Findings["presidingJudge"] {
  const { title, consentUnder636c } = draft.case.judge;
  switch (title) {
    case "magistrate":
      return consentUnder636c === true ? "magistrate-by-consent" : "magistrate-without-consent";
    case "district":
    case "senior":
    case "chief":
      return "district";
    case undefined:
      return "unknown";
  }
}
