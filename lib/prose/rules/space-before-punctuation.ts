import { regexRule } from "./regex-rule";

/**
 * A space before a comma or period: "the Order , and", "(ECF No. 40) .". An ellipsis's spaced dots
 * are not, nor a mark that opens a word or a run of marks (a clerk's ":cite", "::section" or
 * ".NET" after the template's space): a stray mark is followed by a space, a closer or the end.
 */
export const spaceBeforePunctuation = regexRule(
  "space-before-punctuation",
  "A space before a comma, period, semicolon or colon",
  /[^\s.][ \u00a0]+[,.;:](?![ \u00a0]?\.)(?=[\s\u00a0"”’)\]*]|$)/gu,
);
