import type { FootnoteNumbers } from "../footnote-numbers";
import type { StyleProfile } from "../style-profile";

/** What every DOCX mapping function needs besides its own piece of the model. */
export type DocxContext = {
  style: StyleProfile;
  /** Footnote numbers in order of first reference. */
  footnotes: FootnoteNumbers;
};

/** Body text (double-spaced prose) or footnote text (single-spaced, smaller). */
export type TextTone = "body" | "footnote";
