import type { FootnoteNumbers } from "../footnote-numbers";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { DocxHooks } from "./docx-hooks";

/** What every DOCX mapping function needs besides its own piece of the model. */
export type DocxContext = {
  style: StyleProfile;
  /** Footnote numbers in order of first reference. */
  footnotes: FootnoteNumbers;
  /** Review hooks (comments, tracked changes); absent for the normal order. */
  hooks?: DocxHooks;
};

/** Body text (double-spaced prose) or footnote text (single-spaced, smaller). */
export type TextTone = "body" | "footnote";
