import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * How hard a password is to guess, by zxcvbn (dictionaries of common passwords, names and words,
 * keyboard patterns, repeats, dates, l33t): length alone let "password1234" and twelve spaces in.
 * A password must score at least 3 of 4 ("safely unguessable: moderate protection from an offline
 * attack"), counting the person's own name and email as the first guesses. Server-side only: the
 * dictionaries are too large for the browser.
 */
export const MIN_PASSWORD_SCORE = 3;

let zxcvbn: ZxcvbnFactory | undefined;
const checker = () =>
  (zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/** Why a password is refused ("This password is too easy to guess: …"), or undefined when it is strong enough. */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | undefined {
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[\s@.]+/)]).filter((part) => part.length > 2);
  const result = checker().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const why = result.feedback.warning ?? result.feedback.suggestions[0];
  return `This password is too easy to guess${why ? `: ${why}` : "."} Try a few unrelated words.`;
}
