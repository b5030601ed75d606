import { isAbbreviation } from "../abbreviations";
import { regexRule } from "./regex-rule";

/** A sentence's period carried into a clause: "namely, whether … law., and that". "Inc.," and "U.S.C.," are abbreviations. */
export const periodComma = regexRule(
  "period-comma",
  "A sentence's period followed by a comma or semicolon",
  /([\p{L}\d'’.]+)\.[,;]/gu,
  (match) => !isAbbreviation(match[1]!.replace(/\.$/, "")),
);
