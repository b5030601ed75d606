/** A paragraph of the printed order, as `orderTextBlocks` gives it, reduced to what the rules read. */
export type ProseParagraph = {
  text: string;
  /** The part of the order: body prose, a decretal list, a heading, the title, a footnote, or the caption and signature ("layout"). */
  part: "title" | "heading" | "body" | "decree" | "footnote" | "layout";
  /** The section of the body it belongs to, when it is in the body. */
  section?: string;
};

/** A stretch of printed text a rule objects to: `excerpt` is the text it matched, at `index` in the paragraph. */
export type ProseMatch = {
  excerpt: string;
  index: number;
  /** The part of the excerpt to look for in the clerk's text, when not the whole (a sentence whose cites print from markers). */
  clerkExcerpt?: string;
};

/** One rule of the prose check: what it looks for, and the matches in one paragraph (or across the order). */
export type ProseRule = {
  id: string;
  /** What a judge would object to, in a line. */
  description: string;
  /** Matches in one paragraph. */
  inParagraph?: (paragraph: ProseParagraph) => ProseMatch[];
  /** Matches that need the whole order (a sentence said twice): each with its paragraph's index. */
  inOrder?: (paragraphs: readonly ProseParagraph[]) => (ProseMatch & { paragraph: number })[];
};

/** What the prose check reports: the rule, the matched text, and where. */
export type ProseFinding = { rule: string; excerpt: string; paragraph: number; context: string };
