import { oneParagraph } from "../clerk-text";
import { asSentence, capitalizeFirst, endsSentence } from "./clerk-sentence";

/**
 * The questions as the order states them. A clerk types a question as a sentence ("Whether federal
 * law preempts …?", "whether … law.") or as a direct question ("Does federal law …?"). Embedded
 * mid-sentence ("namely, whether federal law preempts …,") a "whether" question starts in lower
 * case and loses its final mark; a direct question stands as a sentence of its own. As a numbered
 * item each is a sentence: capitalized, with the mark the clerk typed or a period. The texts are the
 * clerk's (or the court's restatement); an empty one is left out.
 */
export function questionItems(texts: readonly string[]) {
  return texts
    .map((text) => oneParagraph(text).trim())
    .filter((text) => text !== "")
    .map((text) => {
      const isWhether = /^whether\b/i.test(text);
      const bare = endsSentence(text) && !/\]\]\s*$/.test(text) ? text.replace(/[.?!;,\s]+$/, "") : text;
      return {
        /** Embeddable after "namely," or "the question": "whether …" without its final mark. */
        inline: isWhether ? `w${bare.slice(1)}` : bare,
        is_whether: isWhether,
        /** As a sentence or a numbered item: "Whether …?", "Does …?". */
        item: capitalizeFirst(asSentence(text)),
      };
    });
}

/** The only question, or an empty one when there are none or several (templates test `questions.size` first). */
export function soleQuestion(questions: ReturnType<typeof questionItems>) {
  return questions.length === 1 ? questions[0]! : { inline: "", is_whether: false, item: "" };
}
