import type { MotionDraft } from "@/lib/motion/schema";

/** Keys whose strings are codes, not words anyone typed into the order. */
const CODES = new Set(["id", "schemaVersion", "districtId", "side", "role", "authorityId", "propositionId", "signal"]);

/**
 * Everything a clerk typed into a draft that may print: names, titles, the case number and every
 * piece of prose. The prose check leaves matches inside these to the clerk.
 */
export function clerkTexts(draft: MotionDraft): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (!CODES.has(key) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (typeof value === "object" && value !== null)
      for (const [k, v] of Object.entries(value)) if (k !== "styleOverrides") walk(v, k);
  };
  walk(draft, "");
  return texts;
}
