import { regexRule } from "./regex-rule";

/** Two sentence ends in a row: "Inc..", "law.?", "appeal?." (an ellipsis ". . ." is spaced and is not one). */
export const doubledPeriod = regexRule(
  "doubled-period",
  "Two sentence-ending marks in a row",
  /(?<!\.)\.\.(?!\.)|[?!]\.|\.[?!]|[?!]{2}/g,
);
