import { oneParagraph } from "../clerk-text";
import { asPhrase, asSentence } from "./clerk-sentence";

/** A phrase that is the movant's predicate: "asks the Court to certify …", "moves for certification …". */
const PREDICATE = /^(?:asks?|seeks?|moves?|requests?|contends?|argues?|urges?)\b/;

/**
 * The relief sought, typed by the clerk as a sentence ("Plaintiff asks the Court to certify the
 * Order.") or as a phrase: "to certify the March 1 order", "certification of the order and a stay".
 * A sentence prints as typed, with its period; a phrase completes "<Movant> asks the Court …" or
 * "<Movant> seeks …"; a predicate ("asks the Court to …") follows the movant's name.
 */
export function reliefView(typed: string | undefined) {
  // Printed inside the introduction's paragraph: a blank line typed in it would end the paragraph mid-way.
  const text = oneParagraph(typed ?? "").trim();
  const form =
    text === ""
      ? "none"
      : /^to\s/i.test(text)
        ? "to"
        : PREDICATE.test(text)
          ? "predicate"
          : /^\p{Ll}/u.test(text)
            ? "phrase"
            : "sentence";
  return {
    form,
    text: form === "sentence" ? asSentence(text) : form === "none" ? "" : asPhrase(text),
  };
}
