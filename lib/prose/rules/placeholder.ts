import { regexRule } from "./regex-rule";

/** What the preview prints where an answer is missing: never in an order anyone downloads. */
export const placeholder = regexRule(
  "placeholder",
  "A placeholder for a missing answer",
  /\[(?:Judge|PLAINTIFF|DEFENDANT|date|case number|citation|docket reference|[Nn]ot (?:yet )?(?:answered|chosen|decided)[^\]]*)\]|_{4,}/g,
);
