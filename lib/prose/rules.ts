import { capitalWhether } from "./rules/capital-whether";
import { doubledPeriod } from "./rules/doubled-period";
import { doubledSpace } from "./rules/doubled-space";
import { doubledWord } from "./rules/doubled-word";
import { lowercaseSentenceStart } from "./rules/lowercase-sentence-start";
import { periodComma } from "./rules/period-comma";
import { placeholder } from "./rules/placeholder";
import { possessiveEtAl } from "./rules/possessive-et-al";
import { repeatedDisposition } from "./rules/repeated-disposition";
import { repeatedSentence } from "./rules/repeated-sentence";
import { spaceBeforePunctuation } from "./rules/space-before-punctuation";
import { straightQuote } from "./rules/straight-quote";
import type { ProseRule } from "./types";

/** Every rule of the prose check. */
export const PROSE_RULES: readonly ProseRule[] = [
  repeatedSentence,
  repeatedDisposition,
  possessiveEtAl,
  doubledWord,
  doubledSpace,
  doubledPeriod,
  periodComma,
  spaceBeforePunctuation,
  placeholder,
  straightQuote,
  lowercaseSentenceStart,
  capitalWhether,
];
