import { HARD_BREAK } from "./character-class";
import { unsupported } from "./unsupported";

/**
 * The lines of one paragraph as its inline source, as CommonMark joins them: leading spaces
 * of each line and trailing spaces of the last are dropped; a line ending after two or more
 * spaces is a hard break (HARD_BREAK), otherwise a soft one ("\n", trailing spaces dropped).
 * A backslash before a line ending is left to micromark.
 */
export function paragraphSource(lines: readonly string[]): string {
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^ +/, "");
    const content = line.replace(/ +$/, "");
    if (content.endsWith("\\")) unsupported();
    if (i === lines.length - 1) out += content;
    else out += content + (line.length - content.length >= 2 ? HARD_BREAK : "\n");
  }
  return out;
}
