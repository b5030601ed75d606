import type { MotionDraft } from "@/lib/motion/schema";
import type { WarningCheck } from "./warning-check";

const rulingsOf = (draft: MotionDraft) => draft.otherRulings ?? [];

/** A further request in the order with no disposition chosen. */
export const otherRulingDispositionMissing: WarningCheck = (draft) => {
  const ids = rulingsOf(draft)
    .filter((ruling) => ruling.disposition === undefined)
    .map((ruling) => ruling.id);
  return ids.length > 0 ? { code: "other-ruling-disposition-missing", step: "ruling", rulingIds: ids } : undefined;
};

/**
 * Reasons that rule on the merits of a request the order says it does not reach: "granted",
 * "denied", "the Court finds". A court that does not reach a request says why it need not.
 */
const DECIDING_WORDS = /\b(?:grant(?:s|ed)?|den(?:y|ies|ied)|the court finds|is (?:well|not well)[- ]taken)\b/i;

/** A further request marked not reached whose reasons decide it. */
export const notReachedRulingDecided: WarningCheck = (draft) => {
  const ids = rulingsOf(draft)
    .filter(
      (ruling) => ruling.disposition === "not-reached" && DECIDING_WORDS.test(withoutCertification(ruling.reasons)),
    )
    .map((ruling) => ruling.id);
  return ids.length > 0 ? { code: "not-reached-ruling-decided", step: "ruling", rulingIds: ids } : undefined;
};

/** "Because the Court grants the motion to certify, …" rules on certification, not on the request: not counted. */
function withoutCertification(reasons: string | undefined): string {
  return (reasons ?? "").replace(
    /\b(?:grants|denies|granted|denied)\s+(?:the\s+)?(?:motion\s+to\s+certify|certification)\b/gi,
    "",
  );
}

/** A direction to close a motion the order decides as deferred, which stays pending. */
export const closesDeferredMotion: WarningCheck = (draft) => {
  const deferred = new Set(
    rulingsOf(draft)
      .filter((ruling) => ruling.disposition === "deferred" && ruling.docketNumber)
      .map((ruling) => ruling.docketNumber!),
  );
  const docketNumbers = (draft.directions ?? [])
    .filter((direction) => direction.kind === "close-motions")
    .flatMap((direction) => direction.docketNumbers ?? [])
    .filter((number) => deferred.has(number));
  return docketNumbers.length > 0
    ? { code: "close-motion-deferred", step: "ruling", docketNumbers: [...new Set(docketNumbers)] }
    : undefined;
};
