import { printCaps } from "./print-caps";
import type { Inline, OrderDoc } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";

/** The title as printed: capitalized lines, and where the motion's docket reference goes. */
export type TitleLayout = {
  /** Title lines in capitals (the model's title split at line breaks). */
  lines: string[];
  /** The docket reference printed with the title, e.g. "[Doc. No. 49]" or "(ECF No. 173)". */
  docketRef?: Inline[];
  /** "after-title": on the title's last line after a space; "own-line": a line of its own under the title. */
  docketRefPlacement: "after-title" | "own-line";
};

/**
 * Lays out the title: upper-cased, one entry per line of `doc.title`; a "parenthetical"
 * style puts the docket reference after the title text, any other style on its own line
 * ("bracket-line"). A reference present in the model is always printed: the composer decides
 * whether there is one, the renderer only where it goes.
 */
export function titleLayout(doc: OrderDoc, style: StyleProfile): TitleLayout {
  const lines = doc.title
    .split(/\r?\n/)
    .map((line) => printCaps(line.trim()))
    .filter((line) => line !== "");
  const docketRef = doc.titleDocketRef && doc.titleDocketRef.length > 0 ? doc.titleDocketRef : undefined;
  return {
    lines,
    ...(docketRef ? { docketRef } : {}),
    docketRefPlacement: style.titleDocketRef === "parenthetical" ? "after-title" : "own-line",
  };
}
