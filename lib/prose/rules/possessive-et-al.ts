import { regexRule } from "./regex-rule";

/** "et al." names a group: "Defendant Wood, et al.'s" is never right. */
export const possessiveEtAl = regexRule(
  "possessive-et-al",
  "A possessive of “et al.”",
  /et al\.?['’]s?\b|et al\.?['’]/gi,
);
