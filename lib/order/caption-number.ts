/** A number typed with its own label: "No. Civ. 09-275", "Case No.: 17cv218", "Civil Action No. 19-1234", "MDL No. 2226". */
const TYPED_LABEL = /^(?:[a-z.]+\s+){0,3}no\.?:?(?:\s|$)/i;

/**
 * A number as the caption prints it: the label, a space, the number ("Civil Action No. 19-1234",
 * "NO. 19-479-JWD-SDJ"); the number alone where the label is empty ("1:18-CV-75-RP") or where
 * the clerk typed the number with a label of its own ("No. Civ. 09-275 RHS/LFG" stays as typed).
 *
 * @example numberLine("Case No.:", "17cv218-MMA (BLM)") // → "Case No.: 17cv218-MMA (BLM)"
 */
export function numberLine(label: string, number: string): string {
  const typed = number.trim();
  const printedLabel = label.trim();
  if (printedLabel === "" || TYPED_LABEL.test(typed)) return typed;
  return `${printedLabel} ${typed}`;
}
