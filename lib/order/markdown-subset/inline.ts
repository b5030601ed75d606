import type { PhrasingContent } from "mdast";
import { HARD_BREAK } from "./character-class";
import { readTextDirective } from "./directive-syntax";
import { delimiterRun, resolveEmphasis, type Piece } from "./emphasis";
import { unsupported } from "./unsupported";

// CommonMark's escapable characters: all ASCII punctuation.
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
// Characters that may start something other than text; everything between them is copied as is.
const SPECIAL = /[\\*_`<&!\[\]:\n\u0000]/g;
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const FOOTNOTE_CALL = /\[\^([^\]\s]+)\]/y;
const FOOTNOTE_LABEL = /^[A-Za-z0-9_-]+$/;

/**
 * Inline Markdown of one paragraph or heading → mdast phrasing content, for the subset the
 * templates emit: text, backslash escapes, `*` emphasis, soft and hard line breaks (`\n`, and
 * HARD_BREAK where the block parser found one), footnote calls to defined footnotes and the
 * :cite / :docket directives. Code spans, HTML, links, images, character references, `_`
 * emphasis and anything doubtful are unsupported (micromark parses the text instead).
 */
export function parseInline(source: string, footnotes: ReadonlySet<string>): PhrasingContent[] {
  const pieces: Piece[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") pieces.push({ type: "text", value: text });
    text = "";
  };
  let at = 0;
  while (at < source.length) {
    SPECIAL.lastIndex = at;
    const found = SPECIAL.exec(source);
    const next = found ? found.index : source.length;
    text += source.slice(at, next);
    if (!found) break;
    at = next;
    const char = source[at]!;
    switch (char) {
      case "\\": {
        const escaped = source[at + 1];
        if (escaped !== undefined && ESCAPABLE.test(escaped)) {
          text += escaped;
          at += 2;
        } else {
          if (escaped === "\n" || escaped === HARD_BREAK) unsupported();
          text += "\\";
          at += 1;
        }
        break;
      }
      case "*": {
        let end = at;
        while (source[end] === "*") end++;
        flush();
        pieces.push(delimiterRun(end - at, source[at - 1], source[end]));
        at = end;
        break;
      }
      case "&":
        CHARACTER_REFERENCE.lastIndex = at;
        if (CHARACTER_REFERENCE.test(source)) unsupported();
        text += char;
        at += 1;
        break;
      case "!":
        if (source[at + 1] === "[") unsupported();
        text += char;
        at += 1;
        break;
      case "[": {
        if (source[at + 1] !== "^") {
          text += char;
          at += 1;
          break;
        }
        FOOTNOTE_CALL.lastIndex = at;
        const call = FOOTNOTE_CALL.exec(source);
        const label = call?.[1];
        if (!label || !FOOTNOTE_LABEL.test(label) || !footnotes.has(label.toLowerCase())) unsupported();
        at = FOOTNOTE_CALL.lastIndex;
        if (source[at] === "(" || source[at] === "[") unsupported();
        flush();
        pieces.push({ type: "footnoteReference", identifier: label.toLowerCase(), label });
        break;
      }
      case "]":
        // `](`: an inline link; `][`: a reference link. Neither is in the subset.
        if (source[at + 1] === "(" || source[at + 1] === "[") unsupported();
        text += char;
        at += 1;
        break;
      case ":": {
        const after = source[at + 1];
        if (after === undefined || !/[A-Za-z]/.test(after)) {
          text += char;
          at += 1;
          break;
        }
        if (source[at - 1] === ":") unsupported();
        const directive = readTextDirective(source, at);
        flush();
        pieces.push(directive.node);
        at = directive.end;
        break;
      }
      case "\n":
        text += char;
        at += 1;
        break;
      case HARD_BREAK:
        flush();
        pieces.push({ type: "break" });
        at += 1;
        break;
      default:
        // "_", "`", "<": emphasis, code spans, HTML and autolinks are not in the subset.
        unsupported();
    }
  }
  flush();
  return resolveEmphasis(pieces);
}
