/** The reporter pages a pin cite covers: "1025-26" → 1025 to 1026, "206 n.1" → 206 to 206. */
export interface PinPages {
  first: number;
  last: number;
}

/**
 * The pages of a reporter pin ("1026", "1025-26", "541-42", "206 n.1"), or undefined for a Westlaw
 * star page ("*3"), which has no reporter page. A shortened range end repeats the start's leading
 * digits (Bluebook R3.2(a)): "1025-26" ends at 1026, "999-1001" at 1001.
 */
export function pinPages(pin: string): PinPages | undefined {
  const match = /^(\d+)(?:-(\d+))?(?: n\.\d+)?$/.exec(pin);
  if (!match) return undefined;
  const startText = match[1] ?? "";
  const first = Number(startText);
  const tail = match[2];
  if (tail === undefined) return { first, last: first };
  const last = Number(startText.slice(0, Math.max(0, startText.length - tail.length)) + tail);
  return { first, last };
}
