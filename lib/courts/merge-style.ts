import { StyleProfileSchema, type StyleProfile } from "@/lib/style/style-profile";
import type { StyleOverrides } from "@/lib/style/style-overrides";

/**
 * A style profile with overrides laid over it: top-level fields replace, the nested `docketCite`,
 * `signature`, `decree` and `caption` merge field by field; an undefined override leaves the base value. The
 * result is validated, so a bad combination fails here rather than in a renderer.
 */
export function mergeStyle(base: StyleProfile, overrides: StyleOverrides): StyleProfile {
  const { docketCite, signature, decree, caption, ...flat } = overrides;
  return StyleProfileSchema.parse({
    ...base,
    ...definedOnly(flat),
    docketCite: { ...base.docketCite, ...definedOnly(docketCite ?? {}) },
    signature: { ...base.signature, ...definedOnly(signature ?? {}) },
    decree: { ...base.decree, ...definedOnly(decree ?? {}) },
    caption: { ...base.caption, ...definedOnly(caption ?? {}) },
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
