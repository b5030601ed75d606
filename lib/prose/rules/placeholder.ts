import { regexRule } from "./regex-rule";

/** What the preview prints where an answer is missing: never in an order anyone downloads. */
export const placeholder = regexRule(
  "placeholder",
  "A placeholder for a missing answer",
  /\[(?:Judge|PLAINTIFF|DEFENDANT|date|case number|citation|docket reference|[^\]]*\bnot yet\b[^\]]*)\]|_{4,}/g,
);
