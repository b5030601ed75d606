import type { Block } from "@/lib/order-doc/types";
import { isNumberedHeadingStyle, type StyleProfile } from "@/lib/style/style-profile";

/** Roman numeral for 1..3999: 4 → "IV". */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Capital letter label: 1 → "A", 26 → "Z", 27 → "AA". */
export function toLetters(n: number): string {
  let rest = n;
  let out = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(65 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/**
 * The printed number of each heading in `body`, aligned with the blocks (`undefined` for
 * non-headings and for unnumbered styles). "roman-letter" and "roman-caps" number level 1 "I.",
 * "arabic-caps" level 1 "1."; level 2 "A.", level 3 "1."; a heading restarts the counters of the
 * levels below it.
 *
 * @example headingLabels(body, "roman-letter") // → ["I.", undefined, "A.", "B.", "II.", …]
 */
export function headingLabels(
  body: readonly Block[],
  headingStyle: StyleProfile["headingStyle"],
): (string | undefined)[] {
  const counters = [0, 0, 0];
  return body.map((block) => {
    if (block.kind !== "heading" || !isNumberedHeadingStyle(headingStyle)) return undefined;
    const index = block.level - 1;
    counters[index] = (counters[index] ?? 0) + 1;
    for (let deeper = index + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    const n = counters[index] ?? 1;
    if (block.level === 1) return headingStyle === "arabic-caps" ? `${n}.` : `${toRoman(n)}.`;
    if (block.level === 2) return `${toLetters(n)}.`;
    return `${n}.`;
  });
}
