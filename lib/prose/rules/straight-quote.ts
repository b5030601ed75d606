import { regexRule } from "./regex-rule";

/** Courts print curly quotes and apostrophes: "Court's" is a typewriter's. */
export const straightQuote = regexRule("straight-quote", "A straight quotation mark or apostrophe", /["']/g);
