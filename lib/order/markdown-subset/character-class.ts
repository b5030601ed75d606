/**
 * Character classes for emphasis, exactly as micromark classifies a UTF-16 code unit (its
 * `classifyCharacter`): whitespace (also the start and end of the text, and line endings),
 * Unicode punctuation or symbol, or other. A lone surrogate is "other", as in micromark.
 */
export type CharacterClass = "whitespace" | "punctuation" | "other";

const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;

/** `HARD_BREAK` is the subset parser's stand-in for a line ending that is a hard break. */
export const HARD_BREAK = "\u0000";

export function classify(char: string | undefined): CharacterClass {
  if (char === undefined || char === HARD_BREAK || WHITESPACE.test(char)) return "whitespace";
  return PUNCTUATION.test(char) ? "punctuation" : "other";
}
