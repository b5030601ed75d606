import { z } from "zod";
import { StyleProfileSchema } from "./style-profile";

/**
 * Part of a style profile that replaces the defaults; the nested `docketCite`, `signature`,
 * `decree` and `caption` may be given in part and are merged field by field (see `defaultStyleFor`).
 */
export const StyleOverridesSchema = StyleProfileSchema.partial().extend({
  docketCite: StyleProfileSchema.shape.docketCite.partial().optional(),
  signature: StyleProfileSchema.shape.signature.partial().optional(),
  decree: StyleProfileSchema.shape.decree.partial().optional(),
  caption: StyleProfileSchema.shape.caption.partial().optional(),
});
/** A partial style profile: `{ paper: "pleading-28", docketCite: { form: "doc-no" } }`. */
export type StyleOverrides = z.infer<typeof StyleOverridesSchema>;

/**
 * The overrides without the choices left unanswered: a form leaves `undefined` answers and empty
 * nested parts (`decree: {}`), which would store as if chosen.
 */
export function answeredOverrides(style: StyleOverrides): StyleOverrides {
  const answered = (part: object) => Object.entries(part).filter(([, value]) => value !== undefined);
  const out = Object.fromEntries(
    answered(style)
      .map(([key, value]) => [
        key,
        value !== null && typeof value === "object" ? Object.fromEntries(answered(value)) : value,
      ])
      .filter(([, value]) => typeof value !== "object" || Object.keys(value as object).length > 0),
  );
  return StyleOverridesSchema.parse(out);
}
