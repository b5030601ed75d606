// CommonMark lets a backslash escape any ASCII punctuation, so escaping all of it is always safe.
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

// A line break is Markdown too: after two spaces it is a hard break, after a blank line a new
// paragraph, before an indent a code block. Inline text keeps none: the break and the spaces
// around it print as one space.
const LINE_BREAK = /\s*[\r\n]\s*/g;

/** The text on one line: each line break, with the spaces around it, becomes one space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, " ");
}

/** Makes any text literal inline Markdown: no emphasis, links, headings, HTML, directives or line breaks. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(PUNCTUATION, (char) => `\\${char}`);
}
