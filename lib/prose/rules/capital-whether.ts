import { regexRule } from "./regex-rule";

/** A question embedded in a sentence starts in lower case: "namely, whether …", never "namely, Whether …". */
export const capitalWhether = regexRule(
  "capital-whether",
  "“Whether” capitalized inside a sentence",
  /[\p{L},;”’)]\s+Whether\b/gu,
);
