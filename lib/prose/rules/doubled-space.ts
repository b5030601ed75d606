import { regexRule } from "./regex-rule";

/** Two spaces where a missing answer left its gap: "§ 1292(b).  For the reasons". */
export const doubledSpace = regexRule(
  "doubled-space",
  "Two spaces in a row (an answer left out between template words)",
  /\S[ \u00a0]{2,}\S/g,
);
