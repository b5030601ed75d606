import type { Footer, Header } from "docx";
import type { StyleProfile } from "@/lib/style/style-profile";
import { pageNumberFooter } from "./page-footer";
import { isPleading } from "./paragraph-spacing";
import { pleadingHeader } from "./pleading-header";

/** The parts of an order's Word file that depend on its style alone. */
export type StyleParts = {
  /** The 28 numbered lines and the rule, on pleading paper. */
  header: Header | undefined;
  footer: Footer;
};

// Few styles are ever in use (a district's defaults and a chambers' overrides); keep the recent ones.
const MAX_STYLES = 32;
const cache = new Map<string, StyleParts>();

/** The style's header and footer, built (and, through `FormattedOnceParagraph`, formatted) once per style. */
export function styleParts(style: StyleProfile): StyleParts {
  const key = JSON.stringify(style);
  let parts = cache.get(key);
  if (!parts) {
    parts = { header: isPleading(style) ? pleadingHeader(style) : undefined, footer: pageNumberFooter(style) };
    cache.set(key, parts);
    if (cache.size > MAX_STYLES) cache.delete(cache.keys().next().value!);
  }
  return parts;
}
