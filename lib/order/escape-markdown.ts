// CommonMark lets a backslash escape any ASCII punctuation, so escaping all of it is always safe.
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Makes any text literal in Markdown: no emphasis, links, headings, HTML or directives. */
export function escapeMarkdown(text: string): string {
  return text.replace(PUNCTUATION, (char) => `\\${char}`);
}
