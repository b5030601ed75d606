const WHITESPACE = /\s/;

/**
 * True when what follows `text` starts a sentence: `text` is blank, or its last character
 * before trailing whitespace and closing marks (`closers`: quotes, parentheses) is ".", "?" or
 * "!". Read from the end, so a long paragraph costs no more than a short one (callers ask after
 * every citation in a paragraph).
 */
export function startsSentenceAfter(text: string, closers: string): boolean {
  let end = text.length;
  while (end > 0 && WHITESPACE.test(text[end - 1]!)) end--;
  if (end === 0) return true;
  while (end > 0 && closers.includes(text[end - 1]!)) end--;
  return end > 0 && ".?!".includes(text[end - 1]!);
}
