import type { MotionDraft } from "@/lib/motion/schema";
import { oneParagraph } from "../clerk-text";
import { asPhrase, asSentence, capitalizeFirst } from "./clerk-sentence";

/**
 * Sentences the clerk adds to the legal standard, with citations the library does not hold: each
 * prints as typed (one paragraph's sentence, then its citation as a citation sentence), and the
 * citation is flagged as unverified in the clerk's copy. An entry missing either part prints
 * nothing: readiness asks for it.
 */
export function addedStandardView(draft: MotionDraft) {
  return (draft.addedStandardSentences ?? [])
    .map((added) => ({
      text: asSentence(capitalizeFirst(oneParagraph(added.text).trim())),
      citation: asPhrase(oneParagraph(added.citation)),
    }))
    .filter((added) => added.text !== "" && added.citation !== "");
}
