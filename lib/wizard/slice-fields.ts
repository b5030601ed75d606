import { z } from "zod";

/**
 * The answer paths a slice schema holds, in schema order: every non-object value is one field;
 * objects are walked into; a list is one field ("case.parties").
 * @example sliceFields(CourtSliceSchema) → ["case.districtId", "case.judge.name", "case.judge.title", "case.judge.consentUnder636c"]
 */
export function sliceFields(schema: z.ZodObject, prefix = ""): string[] {
  return Object.entries(schema.shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const inner = child instanceof z.ZodOptional ? child.unwrap() : child;
    return inner instanceof z.ZodObject ? sliceFields(inner, path) : [path];
  });
}
