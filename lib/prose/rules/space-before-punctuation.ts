import { regexRule } from "./regex-rule";

/** A space before a comma or period: "the Order , and", "(ECF No. 40) .". An ellipsis's spaced dots are not. */
export const spaceBeforePunctuation = regexRule(
  "space-before-punctuation",
  "A space before a comma, period, semicolon or colon",
  /[^\s.][ \u00a0]+[,.;:](?![ \u00a0]?\.)/g,
);
