import type { Inline } from "@/lib/order-doc/types";
import { printCaps } from "./print-caps";

/**
 * Upper-cases the words of inline content (text runs and printed cite/docket runs), for
 * headings and titles printed in capitals. The words change case only; marks are kept.
 * Unresolved cite/docket tokens are left alone so their placeholder still shows.
 */
export function capsInlines(content: readonly Inline[]): Inline[] {
  return content.map((inline): Inline => {
    if (inline.kind === "text") return { ...inline, text: printCaps(inline.text) };
    if ((inline.kind === "cite" || inline.kind === "docket") && inline.printed) {
      return { ...inline, printed: capsInlines(inline.printed) };
    }
    return inline;
  });
}
